namespace AspireRouter.RouterCore.Selection;

/// <summary>A routing strategy: orders weighted candidates into the sequence of attempts (first choice, then fallbacks).</summary>
public interface ICandidateSelector
{
    /// <summary>The name <see cref="RoutingPolicy.Strategy"/> refers to.</summary>
    string Name { get; }

    /// <summary>Writes positions in <paramref name="weights"/> to <paramref name="order"/>, each at most once, and returns how many.</summary>
    /// <remarks>Candidates with a weight of 0 (or less) are never chosen. Must not allocate.</remarks>
    int Order(ReadOnlySpan<double> weights, Span<int> order);
}
