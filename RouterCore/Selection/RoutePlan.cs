using System.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>The models to try for one request, in order; holds a pooled array, so dispose it exactly once.</summary>
public readonly struct RoutePlan : IDisposable
{
    private readonly ModelInfo[]? _candidates;
    private readonly DateTimeOffset? _earliestReset;
    private readonly CandidateTable? _unscannedPool;
    private readonly RequestRequirements _requirements;
    private readonly DateTimeOffset _plannedAt;

    internal RoutePlan(ModelInfo[] candidates, int count, DateTimeOffset? earliestReset)
    {
        _candidates = candidates;
        Count = count;
        _earliestReset = earliestReset;
    }

    /// <param name="unscannedPool">The pool, when it was sampled through its index: scanned for cooldowns only if asked.</param>
    internal RoutePlan(ModelInfo[] candidates, int count, DateTimeOffset? earliestReset, CandidateTable unscannedPool, in RequestRequirements requirements, DateTimeOffset plannedAt)
        : this(candidates, count, earliestReset)
    {
        _unscannedPool = unscannedPool;
        _requirements = requirements;
        _plannedAt = plannedAt;
    }

    public int Count { get; }

    /// <summary>How many candidates, from the first, are models the client named (the rest were sampled from the pool).</summary>
    public int Named { get; init; }

    public ReadOnlySpan<ModelInfo> Candidates => _candidates.AsSpan(0, Count);

    /// <summary>The soonest a model that matched but was cooling becomes available again (for waiting when the plan is empty).</summary>
    /// <remarks>A pool sampled without a scan is scanned here, on the failure path that asks, rather than on every request.</remarks>
    public DateTimeOffset? EarliestReset =>
        _unscannedPool is { } pool ? CandidateFilter.Earlier(_earliestReset, CandidateFilter.EarliestReset(pool, _requirements, _plannedAt)) : _earliestReset;

    public void Dispose()
    {
        if (_candidates is not null)
        {
            ArrayPool<ModelInfo>.Shared.Return(_candidates, clearArray: true);
        }
    }
}
