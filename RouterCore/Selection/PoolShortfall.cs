using AspireRouter.RouterCore.Hints;

namespace AspireRouter.RouterCore.Selection;

/// <summary>What emptied the pool for a request no model can serve.</summary>
/// <param name="Remaining">Models that were left just before the constraint that removed them all.</param>
/// <param name="LargestContext">The largest context window among those models (for a context shortfall).</param>
public readonly record struct PoolShortfall(PoolShortfallKind Kind, RoutingHint Hint, int Remaining, int LargestContext)
{
    public static PoolShortfall None { get; } = new(PoolShortfallKind.None, RoutingHint.None, 0, 0);
}
