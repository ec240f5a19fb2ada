using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterCore.Tests.Common;

/// <summary>Weighted random under its own name, but not a <see cref="WeightedRandomSelector"/>: the planner then scans every pool.</summary>
internal sealed class ScanningSelector(WeightedRandomSelector inner) : ICandidateSelector
{
    public string Name => inner.Name;

    public int Order(ReadOnlySpan<double> weights, Span<int> order) => inner.Order(weights, order);
}
