using System.Buffers;
using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Selection;

/// <summary>The models to try for one request, in order; holds a pooled array, so dispose it exactly once.</summary>
public readonly struct RoutePlan : IDisposable
{
    private readonly ModelInfo[]? _candidates;

    internal RoutePlan(ModelInfo[] candidates, int count, DateTimeOffset? earliestReset)
    {
        _candidates = candidates;
        Count = count;
        EarliestReset = earliestReset;
    }

    public int Count { get; }

    public ReadOnlySpan<ModelInfo> Candidates => _candidates.AsSpan(0, Count);

    /// <summary>The soonest a model that matched but was cooling becomes available again (for waiting when the plan is empty).</summary>
    public DateTimeOffset? EarliestReset { get; }

    public void Dispose()
    {
        if (_candidates is not null)
        {
            ArrayPool<ModelInfo>.Shared.Return(_candidates, clearArray: true);
        }
    }
}
