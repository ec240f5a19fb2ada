namespace AspireRouter.RouterCore.Availability;

/// <summary>Requests counted in one fixed UTC window (a minute, a day); not thread-safe, its owner locks.</summary>
internal sealed class FixedWindowCounter(TimeSpan length, int? limit)
{
    private long _windowStartTicks;
    private int _count;

    /// <summary>A null limit is unknown, and never full.</summary>
    public bool IsFull(DateTimeOffset now) => limit is { } max && CountAt(now) >= max;

    /// <summary>Requests left in the window <paramref name="now"/> falls in; zero when the limit is unknown.</summary>
    public long RemainingAt(DateTimeOffset now) => limit is { } max ? Math.Max(0, max - CountAt(now)) : 0;

    public DateTimeOffset ResetsAt(DateTimeOffset now) => QuotaWindow.EndOf(now, length);

    public void Increment(DateTimeOffset now)
    {
        Roll(now);
        _count++;
    }

    /// <summary>
    /// Counts what the upstream says it counted: raises the count so that at most <paramref name="remaining"/> more fit the
    /// window <paramref name="now"/> falls in; never lowers it, and does nothing without a known limit.
    /// </summary>
    public void Correct(DateTimeOffset now, long remaining)
    {
        if (limit is { } max)
        {
            Roll(now);
            _count = (int)Math.Max(_count, max - Math.Min(remaining, max));
        }
    }

    private void Roll(DateTimeOffset now)
    {
        var start = QuotaWindow.StartOf(now, length).UtcTicks;
        if (start != _windowStartTicks)
        {
            (_windowStartTicks, _count) = (start, 0);
        }
    }

    /// <summary>Requests counted in the window <paramref name="now"/> falls in.</summary>
    public int CountAt(DateTimeOffset now) => QuotaWindow.StartOf(now, length).UtcTicks == _windowStartTicks ? _count : 0;
}
