using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;
using BenchmarkDotNet.Attributes;

namespace AspireRouter.Benchmarks;

/// <summary>
/// The full scan over 3,000 models taken apart (the path of pools under 64 fitting models, and of any pool when the index gives
/// up): the candidate filter alone, then the weighted sampling of four attempts alone, to show where its time goes.
/// </summary>
[MemoryDiagnoser]
public class SelectionPartsBenchmarks
{
    private const int PoolSize = 3_000;
    private static readonly RequestRequirements PlainText = new(ModelCapabilities.TextOutput, 16);

    private readonly int[] _positions = new int[PoolSize];
    private readonly double[] _weights = new double[PoolSize];
    private readonly int[] _order = new int[4];
    private readonly WeightedRandomSelector _selector = new(new RandomSource(new Random(7)));
    private CandidateTable _table = null!;
    private int _candidates;

    [GlobalSetup]
    public void Setup()
    {
        _table = SyntheticPool.Table(PoolSize);
        _candidates = Filter();
    }

    /// <summary>Requirements, operator weight, block list, cooldowns and circuits, health score: catalog order in, candidates out.</summary>
    [Benchmark]
    public int Filter()
    {
        DateTimeOffset? earliestReset = null;
        return CandidateFilter.Apply(_table, PlainText, DateTimeOffset.UtcNow, [], _positions, _weights, ref earliestReset);
    }

    /// <summary>Four attempts drawn without replacement from the filtered candidates' weights.</summary>
    [Benchmark]
    public int WeightedSample() => _selector.Order(_weights.AsSpan(0, _candidates), _order);
}
