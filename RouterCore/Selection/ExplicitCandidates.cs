using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Selection;

/// <summary>The models a client named (<c>model</c>, then <c>models</c>), in order, skipping unknown, blocked, unavailable and repeated ones.</summary>
internal static class ExplicitCandidates
{
    /// <summary>Writes catalog positions to <paramref name="destination"/>; returns how many.</summary>
    public static int Add(CandidateTable table, ChatRequest request, DateTimeOffset now, Span<int> destination, ref DateTimeOffset? earliestReset)
    {
        var count = TryAdd(table, request.Model, now, destination, 0, ref earliestReset);
        for (var i = 0; i < request.Models.Count && count < destination.Length; i++)
        {
            count = TryAdd(table, request.Models[i], now, destination, count, ref earliestReset);
        }

        return count;
    }

    private static int TryAdd(CandidateTable table, string? modelId, DateTimeOffset now, Span<int> destination, int count, ref DateTimeOffset? earliestReset)
    {
        var position = modelId is null || count == destination.Length ? -1 : table.Catalog.IndexOf(modelId);
        if (position < 0 || table.Blocked[position] || destination[..count].Contains(position))
        {
            return count;
        }

        var health = table.Health[position];
        if (!health.IsAvailable(now))
        {
            earliestReset = CandidateFilter.Earlier(earliestReset, health.CoolingUntil(now));
            return count;
        }

        destination[count] = position;
        return count + 1;
    }
}
