namespace AspireRouter.RouterCore.Availability;

/// <summary>Fixed UTC windows (a minute, a day) as quotas count them: a day window starts at UTC midnight.</summary>
internal static class QuotaWindow
{
    public static DateTimeOffset StartOf(DateTimeOffset now, TimeSpan length) =>
        new(now.UtcTicks - (now.UtcTicks % length.Ticks), TimeSpan.Zero);

    public static DateTimeOffset EndOf(DateTimeOffset now, TimeSpan length) => StartOf(now, length) + length;
}
