namespace AspireRouter.RouterCore.Availability;

/// <summary>A "not before" instant that only moves later, and the streak of cooldowns that grows the default backoff; lock-free.</summary>
internal sealed class Cooldown
{
    private long _untilTicks;
    private int _streak;

    public DateTimeOffset? Until(DateTimeOffset now)
    {
        var ticks = Volatile.Read(ref _untilTicks);
        return ticks > now.UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
    }

    public void Extend(DateTimeOffset until)
    {
        var ticks = until.UtcTicks;
        long current;
        do
        {
            current = Volatile.Read(ref _untilTicks);
            if (ticks <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _untilTicks, ticks, current) != current);
    }

    /// <summary>Counts one more cooldown in the current streak and returns the streak's length.</summary>
    public int NextStreak() => Interlocked.Increment(ref _streak);

    public void ResetStreak() => Volatile.Write(ref _streak, 0);
}
