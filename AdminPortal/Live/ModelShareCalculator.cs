using System.Globalization;
using AspireRouter.RouterCore.State;

namespace AspireRouter.AdminPortal.Live;

/// <summary>Buckets answered requests by time and chosen model; models beyond the busiest few are summed as "other".</summary>
public static class ModelShareCalculator
{
    public const string Other = "other";

    public static ModelShare Compute(IEnumerable<RoutingDecision> decisions, DateTimeOffset now, TimeSpan bucket, int buckets, int maxModels)
    {
        var start = now - (bucket * buckets);
        var answered = decisions.Where(decision => decision.ChosenModel is not null && decision.Time > start && decision.Time <= now).ToList();
        if (answered.Count == 0)
        {
            return ModelShare.Empty;
        }

        var busiest = answered.GroupBy(decision => decision.ChosenModel!, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Take(maxModels).Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
        var names = busiest.Order(StringComparer.Ordinal).ToList();
        if (answered.Any(decision => !busiest.Contains(decision.ChosenModel!)))
        {
            names.Add(Other);
        }

        var counts = names.ToDictionary(name => name, _ => new double[buckets], StringComparer.Ordinal);
        var totals = new double[buckets];
        foreach (var decision in answered)
        {
            var index = Math.Min(buckets - 1, (int)((decision.Time - start) / bucket));
            counts[busiest.Contains(decision.ChosenModel!) ? decision.ChosenModel! : Other][index]++;
            totals[index]++;
        }

        var labels = Enumerable.Range(0, buckets)
            .Select(i => (start + (bucket * i)).ToString("HH:mm:ss", CultureInfo.InvariantCulture)).ToList();
        var series = names.Select(name => new ModelShareSeries(
            name,
            [.. counts[name].Select((count, i) => totals[i] == 0 ? 0 : Math.Round(100 * count / totals[i], 1))])).ToList();
        return new ModelShare(labels, series);
    }
}
