using System.Text;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;
using BenchmarkDotNet.Attributes;

namespace AspireRouter.Benchmarks;

/// <summary>
/// The router's choice over 3,000 models for a request with client hints, one case per kind of hint and one with all of
/// them: each hint cuts the pool's rankings (by context, by size, per provider; for a sort, weighted by the sort's factors)
/// into slices that are sampled without visiting every model.
/// </summary>
[MemoryDiagnoser]
public class HintedSelectionBenchmarks
{
    private const int PoolSize = 3_000;

    private RoutePlanner _planner = null!;
    private ChatRequest _minParams = null!;
    private ChatRequest _maxParams = null!;
    private ChatRequest _minContext = null!;
    private ChatRequest _allowProviders = null!;
    private ChatRequest _denyProviders = null!;
    private ChatRequest _latency = null!;
    private ChatRequest _throughput = null!;
    private ChatRequest _combined = null!;

    [GlobalSetup]
    public void Setup()
    {
        _planner = SyntheticPool.Planner(PoolSize, new RandomSource(new Random(7)));
        _minParams = Hinted("""{"min_params":30}""");
        _maxParams = Hinted("""{"max_params":10}""");
        _minContext = Hinted("""{"min_context":100000}""");
        _allowProviders = Hinted("""{"allow_providers":["groq","mistral"]}""");
        _denyProviders = Hinted("""{"deny_providers":["openrouter"]}""");
        _latency = Hinted("""{"sort":"latency"}""");
        _throughput = Hinted("""{"sort":"throughput"}""");
        _combined = Hinted("""{"min_params":10,"max_params":300,"min_context":30000,"deny_providers":["gemini"],"sort":"latency"}""");
    }

    [Benchmark]
    public int MinParams() => Plan(_minParams);

    [Benchmark]
    public int MaxParams() => Plan(_maxParams);

    [Benchmark]
    public int MinContext() => Plan(_minContext);

    [Benchmark]
    public int AllowProviders() => Plan(_allowProviders);

    [Benchmark]
    public int DenyProviders() => Plan(_denyProviders);

    [Benchmark]
    public int SortLatency() => Plan(_latency);

    [Benchmark]
    public int SortThroughput() => Plan(_throughput);

    /// <summary>Size range, context, a denied provider and a latency sort together.</summary>
    [Benchmark]
    public int Combined() => Plan(_combined);

    private int Plan(ChatRequest request)
    {
        using var plan = _planner.Plan(request);
        return plan.Count;
    }

    private static ChatRequest Hinted(string hints)
    {
        var json = $$"""{"model":"free","messages":[{"role":"user","content":"Say hello"}],"router":{{hints}}}""";
        return ChatRequestReader.TryRead(Encoding.UTF8.GetBytes(json), out var request, out _) ? request : throw new InvalidOperationException(json);
    }
}
