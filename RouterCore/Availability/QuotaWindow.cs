namespace AspireRouter.RouterCore.Availability;

/// <summary>Fixed UTC windows (a minute, a day) as quotas count them: a day window starts at UTC midnight.</summary>
public static class QuotaWindow
{
    private static readonly TimeZoneInfo? Pacific =
        TimeZoneInfo.TryFindSystemTimeZoneById("America/Los_Angeles", out var zone) ? zone : null;

    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public static DateTimeOffset StartOf(DateTimeOffset now, TimeSpan length) =>
        new(now.UtcTicks - (now.UtcTicks % length.Ticks), TimeSpan.Zero);

    public static DateTimeOffset EndOf(DateTimeOffset now, TimeSpan length) => StartOf(now, length) + length;

    public static DateTimeOffset? EndOf(DateTimeOffset now, QuotaReset reset) => reset switch
    {
        QuotaReset.UtcDay => EndOf(now, TimeSpan.FromDays(1)),
        QuotaReset.PacificDay => EndOfPacificDay(now),
        QuotaReset.Month => new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1),
        _ => null,
    };

    // Without time zone data, Pacific Standard Time (UTC-8) is used: at most an hour off in summer.
    private static DateTimeOffset EndOfPacificDay(DateTimeOffset now)
    {
        var offset = Pacific?.GetUtcOffset(now) ?? TimeSpan.FromHours(-8);
        return new DateTimeOffset(now.ToOffset(offset).Date.AddDays(1), offset).ToUniversalTime();
    }
}
