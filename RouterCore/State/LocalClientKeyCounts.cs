using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.State;

/// <summary>One client key's requests in the current minute and UTC day, counted in this process while Redis is unreachable.</summary>
internal sealed class LocalClientKeyCounts
{
    private readonly Lock _gate = new();
    private readonly FixedWindowCounter _minute = new(QuotaWindow.Minute, limit: null);
    private readonly FixedWindowCounter _day = new(QuotaWindow.Day, limit: null);

    public ClientKeyLimitDecision TryAcquire(ClientKeyWindows windows, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (windows.PerDay is { } perDay && _day.CountAt(now) >= perDay)
            {
                return windows.RefuseDay(now);
            }

            if (windows.PerMinute is { } perMinute && _minute.CountAt(now) >= perMinute)
            {
                return windows.RefuseMinute(now);
            }

            _minute.Increment(now);
            _day.Increment(now);
            return ClientKeyLimitDecision.Allow;
        }
    }
}
