using System.Text;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;
using BenchmarkDotNet.Attributes;

namespace AspireRouter.Benchmarks;

/// <summary>
/// The router's choice for one request: candidate filtering (requirements, policy, availability) and weighted sampling. From
/// 64 fitting models up, a request samples through the pool's index, with or without client hints (see
/// <see cref="HintedSelectionBenchmarks"/> for each kind of hint); smaller pools are scanned.
/// </summary>
[MemoryDiagnoser]
public class SelectionBenchmarks
{
    private RoutePlanner _planner = null!;
    private ChatRequest _free = null!;
    private ChatRequest _tools = null!;
    private ChatRequest _sorted = null!;

    [Params(30, 300, 3_000)]
    public int PoolSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _planner = SyntheticPool.Planner(PoolSize, new RandomSource(new Random(7)));
        _free = Parse("""{"model":"free","messages":[{"role":"user","content":"Say hello"}]}""");
        _sorted = Parse("""{"model":"free","messages":[{"role":"user","content":"Say hello"}],"router":{"sort":"latency"}}""");
        _tools = Parse("""{"model":"free","messages":[{"role":"user","content":"Weather?"}],"tools":[{"type":"function","function":{"name":"weather","parameters":{"type":"object"}}}]}""");
    }

    /// <summary><c>"model":"free"</c>, plain text: most of the pool qualifies.</summary>
    [Benchmark(Baseline = true)]
    public int Select()
    {
        using var plan = _planner.Plan(_free);
        return plan.Count;
    }

    /// <summary>A request with tools: half of the pool is filtered out first.</summary>
    [Benchmark]
    public int SelectWithTools()
    {
        using var plan = _planner.Plan(_tools);
        return plan.Count;
    }

    /// <summary>A client hint (a latency sort): sampled through the index weighted by each model's latency factor.</summary>
    [Benchmark]
    public int SelectWithHint()
    {
        using var plan = _planner.Plan(_sorted);
        return plan.Count;
    }

    private static ChatRequest Parse(string json) =>
        ChatRequestReader.TryRead(Encoding.UTF8.GetBytes(json), out var request, out _) ? request : throw new InvalidOperationException(json);
}
