namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// Weighted sampling without replacement from a large pool without visiting every model: draw by operator weight from a
/// <see cref="CandidateIndex"/>, then keep the draw with probability equal to the model's health score if it is available and
/// not planned yet. Each kept model is therefore drawn in proportion to weight × health among the available ones left, the
/// same successive sampling the full scan's Efraimidis–Spirakis keys give. Gives up (returns -1) after <see cref="MaxDraws"/>
/// draws, when most of the weight is cooling or already planned; the caller then scans the pool.
/// </summary>
internal static class IndexedSampler
{
    /// <summary>Below this many fitting models a full scan is as cheap, and exact about cooldowns, so it is used instead.</summary>
    public const int MinPool = 64;

    public const int MaxDraws = 64;

    public static int Sample(
        CandidateTable table,
        CandidateIndex index,
        int fitting,
        DateTimeOffset now,
        ReadOnlySpan<int> exclude,
        Span<int> destination,
        IRandomSource random)
    {
        var picked = 0;
        for (var draws = 0; picked < destination.Length; draws++)
        {
            if (draws == MaxDraws)
            {
                return -1;
            }

            var position = index.Draw(random.NextDouble(), fitting);
            if (exclude.Contains(position) || destination[..picked].Contains(position))
            {
                continue;
            }

            var health = table.Health[position];
            if (health.IsAvailable(now) && random.NextDouble() < health.HealthScore())
            {
                destination[picked++] = position;
            }
        }

        return picked;
    }
}
