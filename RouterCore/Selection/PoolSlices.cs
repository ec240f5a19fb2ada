using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>The slices of a <see cref="CandidateIndex"/>'s rankings that hold every model a request and its hints may take.</summary>
internal static class PoolSlices
{
    /// <summary>
    /// Cuts the slices: by context window, or by parameter count when a size hint leaves fewer models there, of every indexed
    /// model or of each allowed provider's. Writes each slice's ranking (into <paramref name="ranking"/>), bounds, and the running
    /// sum of the slices' weights; returns how many slices, or -1 when the pool must be scanned (fewer than
    /// <see cref="IndexedSampler.MinPool"/> models in the slices, or more providers than the spans hold).
    /// </summary>
    public static int Cut(
        CandidateIndex index,
        in RequestRequirements requirements,
        Span<int> lists,
        Span<int> starts,
        Span<int> ends,
        Span<double> sums,
        out RankedModels[] ranking)
    {
        var hints = requirements.Hints;
        ranking = index.ByContext;
        var candidates = Lists(index, hints, lists);
        if (candidates < 0)
        {
            return -1;
        }

        var contextHint = hints?.MinContext;
        var contextMin = Math.Max(requirements.MinContextTokens, contextHint ?? 0);
        var withUnknownContext = contextHint is not > 0;
        var models = Fill(index.ByContext, lists[..candidates], contextMin, double.PositiveInfinity, withUnknownContext, starts, ends);
        if (hints is { MinParams: not null } or { MaxParams: not null })
        {
            Span<int> sizeStarts = stackalloc int[starts.Length];
            Span<int> sizeEnds = stackalloc int[ends.Length];
            var sized = Fill(index.BySize, lists[..candidates], hints.MinParams ?? double.NegativeInfinity, hints.MaxParams ?? double.PositiveInfinity, false, sizeStarts, sizeEnds);
            if (sized < models)
            {
                ranking = index.BySize;
                models = sized;
                sizeStarts[..candidates].CopyTo(starts);
                sizeEnds[..candidates].CopyTo(ends);
            }
        }

        if (models < IndexedSampler.MinPool)
        {
            return -1;
        }

        // Keep the slices that hold a model, with their running weights.
        var slices = 0;
        var sum = 0d;
        for (var i = 0; i < candidates; i++)
        {
            if (starts[i] < ends[i])
            {
                sum += ranking[lists[i]].WeightOf(starts[i], ends[i]);
                lists[slices] = lists[i];
                starts[slices] = starts[i];
                ends[slices] = ends[i];
                sums[slices] = sum;
                slices++;
            }
        }

        return slices;
    }

    // The rankings to cut: every model's (0), or each allowed provider's (its place plus one); -1 when they do not fit.
    private static int Lists(CandidateIndex index, RoutingHints? hints, Span<int> lists)
    {
        if (hints is null || (hints.AllowProviders.Count == 0 && hints.DenyProviders.Count == 0))
        {
            lists[0] = 0;
            return 1;
        }

        if (index.Providers.Length > lists.Length)
        {
            return -1;
        }

        var count = 0;
        for (var i = 0; i < index.Providers.Length; i++)
        {
            if (hints.AllowsProvider(index.Providers[i]))
            {
                lists[count++] = i + 1;
            }
        }

        return count;
    }

    // Each list's slice of keys in [min, max]; returns how many models they hold.
    private static int Fill(RankedModels[] ranking, ReadOnlySpan<int> lists, double min, double max, bool withUnknown, Span<int> starts, Span<int> ends)
    {
        var models = 0;
        for (var i = 0; i < lists.Length; i++)
        {
            (starts[i], ends[i]) = ranking[lists[i]].Slice(min, max, withUnknown);
            models += ends[i] - starts[i];
        }

        return models;
    }
}
