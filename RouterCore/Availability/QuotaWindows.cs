namespace AspireRouter.RouterCore.Availability;

/// <summary>A per-minute and a per-UTC-day counter for one subject (a provider, or one of its models).</summary>
internal sealed class QuotaWindows(int? perMinute, int? perDay)
{
    private readonly FixedWindowCounter _minute = new(TimeSpan.FromMinutes(1), perMinute);
    private readonly FixedWindowCounter _day = new(TimeSpan.FromDays(1), perDay);

    public bool IsFull(DateTimeOffset now) => _minute.IsFull(now) || _day.IsFull(now);

    /// <summary>When every full window has reset (the day's reset wins when both are full).</summary>
    public DateTimeOffset ResetsAt(DateTimeOffset now) => _day.IsFull(now) ? _day.ResetsAt(now) : _minute.ResetsAt(now);

    public long MinuteRemaining(DateTimeOffset now) => _minute.RemainingAt(now);

    public long DayRemaining(DateTimeOffset now) => _day.RemainingAt(now);

    /// <summary>Raises the count of the window of <paramref name="length"/> so at most <paramref name="remaining"/> more fit it.</summary>
    public void Correct(TimeSpan length, long remaining, DateTimeOffset now) =>
        (length == QuotaWindow.Day ? _day : _minute).Correct(now, remaining);

    public void Increment(DateTimeOffset now)
    {
        _minute.Increment(now);
        _day.Increment(now);
    }
}
