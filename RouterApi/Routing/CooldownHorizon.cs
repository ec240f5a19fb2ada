using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterApi.Routing;

/// <summary>When capacity comes back for a request: the earliest future reset among the plan's and the tried models' cooldowns.</summary>
internal static class CooldownHorizon
{
    public static DateTimeOffset? Earliest(AvailabilityTracker tracker, DateTimeOffset? fromPlan, List<AttemptRecord> attempts, DateTimeOffset now)
    {
        var earliest = fromPlan > now ? fromPlan : null;
        foreach (var attempt in attempts)
        {
            if (tracker.GetState(attempt.Model).CoolingUntil is { } until && until > now && (earliest is null || until < earliest))
            {
                earliest = until;
            }
        }

        return earliest;
    }
}
