using System.Text;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;
using BenchmarkDotNet.Attributes;

namespace AspireRouter.Benchmarks;

/// <summary>The router's choice for one request: candidate filtering (requirements, policy, availability) and weighted sampling.</summary>
[MemoryDiagnoser]
public class SelectionBenchmarks
{
    private RoutePlanner _planner = null!;
    private ChatRequest _free = null!;
    private ChatRequest _tools = null!;

    [Params(30, 300, 3_000)]
    public int PoolSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _planner = SyntheticPool.Planner(PoolSize, new RandomSource(new Random(7)));
        _free = Parse("""{"model":"free","messages":[{"role":"user","content":"Say hello"}]}""");
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

    private static ChatRequest Parse(string json) =>
        ChatRequestReader.TryRead(Encoding.UTF8.GetBytes(json), out var request, out _) ? request : throw new InvalidOperationException(json);
}
