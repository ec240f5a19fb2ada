namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>Which history day is served: the selected one, advanced by one per <c>DayLength</c> of simulated time when set.</summary>
internal sealed record HistoryReplay(int StartDay, DateTimeOffset StartedAt, TimeSpan? DayLength)
{
    public int DayAt(DateTimeOffset now) =>
        DayLength is { } length && now > StartedAt
            ? StartDay + (int)((now - StartedAt).Ticks / length.Ticks)
            : StartDay;
}
