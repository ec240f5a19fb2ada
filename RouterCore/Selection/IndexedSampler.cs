using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// Weighted sampling without replacement from a large pool without visiting every model. The request's context and its hints
/// cut the pool's rankings (<see cref="CandidateIndex"/>) into slices: by context window, or by parameter count when a size hint
/// keeps fewer models, and per allowed provider when a provider hint is given. A draw by sampling weight from the slices is
/// kept if the model meets every requirement and hint, is available and not planned yet, and then with probability equal to
/// its health score (times, under a sort, its sort factor now over the one it was weighted by, halved to leave room for it
/// to grow). Each kept model is therefore drawn in proportion to weight × health × sort factor among the fitting, available
/// ones left, the same successive sampling the full scan's Efraimidis–Spirakis keys give. Returns -1 (the caller then scans)
/// below <see cref="MinPool"/> models, after <see cref="MaxDraws"/> draws, or when a model's sort factor outgrew its room. A
/// sort's view is weighted afresh for the next request when a factor outgrew its room, or when the draws ran out while the
/// factors had fallen to under half of the view's on average: it costs nothing while the factors hold.
/// </summary>
internal static class IndexedSampler
{
    /// <summary>Below this many fitting models a full scan is as cheap, and exact about cooldowns, so it is used instead.</summary>
    public const int MinPool = 64;

    public const int MaxDraws = 64;

    /// <summary>Pools of more providers than this are scanned when a provider hint is given.</summary>
    public const int MaxProviders = 64;

    // How much a model's sort factor may grow between two weighings before its draw must fall back to the scan.
    private const double SortFactorRoom = 1.25;

    // The mean share of the available models drawn below which a sort's view is too stale to keep: half of a fresh view's.
    private const double StaleShare = 0.5 / SortFactorRoom;

    public static int Sample(
        CandidateTable table,
        CandidateIndex pool,
        in RequestRequirements requirements,
        DateTimeOffset now,
        ReadOnlySpan<int> exclude,
        Span<int> destination,
        IRandomSource random)
    {
        var hints = requirements.Hints;
        var index = pool.ForSort(table, hints?.Sort);
        Span<int> lists = stackalloc int[MaxProviders + 1];
        Span<int> starts = stackalloc int[MaxProviders + 1];
        Span<int> ends = stackalloc int[MaxProviders + 1];
        Span<double> sums = stackalloc double[MaxProviders + 1];
        var slices = PoolSlices.Cut(index, requirements, lists, starts, ends, sums, out var ranking);
        if (slices < 0)
        {
            return -1;
        }

        var total = sums[slices - 1];
        var models = table.Catalog.Models;
        var picked = 0;
        var shares = 0d;
        var weighed = 0;
        for (var draws = 0; picked < destination.Length; draws++)
        {
            if (draws == MaxDraws)
            {
                if (weighed > 0 && shares / weighed < StaleShare)
                {
                    pool.Forget(hints?.Sort);
                }

                return -1;
            }

            var target = random.NextDouble() * total;
            var slice = 0;
            while (slice < slices - 1 && sums[slice] <= target)
            {
                slice++;
            }

            var offset = target - (slice == 0 ? 0 : sums[slice - 1]);
            var position = ranking[lists[slice]].Draw(starts[slice], ends[slice], offset);
            if (exclude.Contains(position) || destination[..picked].Contains(position) || !requirements.IsMetBy(models[position]))
            {
                continue;
            }

            var health = table.Health[position];
            if (!health.IsAvailable(now))
            {
                continue;
            }

            var share = 1d;
            if (index.SortFactors is { } factors)
            {
                share = SortWeight.For(hints!.Sort, health) / (factors[position] * SortFactorRoom);
                if (share > 1)
                {
                    pool.Forget(hints.Sort);
                    return -1;
                }

                shares += share;
                weighed++;
            }

            if (random.NextDouble() < health.HealthScore() * share)
            {
                destination[picked++] = position;
            }
        }

        return picked;
    }
}
