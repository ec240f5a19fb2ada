using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>The model a conversation stuck to, when it is still a candidate: in the pool, fitting the request, not cooling or circuit-open.</summary>
internal static class StickyCandidate
{
    /// <summary>The model's catalog position, or -1 when there is none or it cannot take the request now.</summary>
    /// <param name="planned">Catalog positions already planned (the models the client named).</param>
    public static int Find(CandidateTable table, string? modelId, in RequestRequirements requirements, DateTimeOffset now, ReadOnlySpan<int> planned)
    {
        var position = modelId is null ? -1 : table.Catalog.IndexOf(modelId);
        return position >= 0
            && table.OperatorWeights[position] > 0
            && !table.Blocked[position]
            && !planned.Contains(position)
            && requirements.IsMetBy(table.Catalog.Models[position])
            && table.Health[position].IsAvailable(now)
                ? position
                : -1;
    }
}
