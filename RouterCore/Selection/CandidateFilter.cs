using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>Candidates for sampling: catalog ∩ requirements and hints ∩ policy (weight above 0, not blocked) ∩ available now.</summary>
internal static class CandidateFilter
{
    /// <summary>Writes catalog positions and weights (operator weight × health) of the candidates; returns how many.</summary>
    /// <param name="exclude">Catalog positions already planned (the models the client named).</param>
    /// <param name="earliestReset">Lowered to the soonest end of a cooldown that kept a matching model out.</param>
    public static int Apply(
        CandidateTable table,
        in RequestRequirements requirements,
        DateTimeOffset now,
        ReadOnlySpan<int> exclude,
        Span<int> positions,
        Span<double> weights,
        ref DateTimeOffset? earliestReset)
    {
        var models = table.Catalog.Models;
        var count = 0;
        for (var i = 0; i < models.Length; i++)
        {
            var weight = table.OperatorWeights[i];
            if (weight <= 0 || !requirements.IsMetBy(models[i]) || exclude.Contains(i))
            {
                continue;
            }

            var health = table.Health[i];
            if (!health.IsAvailable(now))
            {
                earliestReset = Earlier(earliestReset, health.CoolingUntil(now));
                continue;
            }

            positions[count] = i;
            weights[count] = weight * health.HealthScore() * SortWeight.For(requirements.Hints?.Sort, health);
            count++;
        }

        return count;
    }

    /// <summary>The soonest end of a cooldown keeping a model that matches <paramref name="requirements"/> out of the pool, if any.</summary>
    public static DateTimeOffset? EarliestReset(CandidateTable table, in RequestRequirements requirements, DateTimeOffset now)
    {
        var models = table.Catalog.Models;
        DateTimeOffset? earliest = null;
        for (var i = 0; i < models.Length; i++)
        {
            if (table.OperatorWeights[i] > 0 && requirements.IsMetBy(models[i]))
            {
                earliest = Earlier(earliest, table.Health[i].CoolingUntil(now));
            }
        }

        return earliest;
    }

    public static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null || a <= b ? a : b;
}
