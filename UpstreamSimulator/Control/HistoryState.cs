namespace AspireRouter.UpstreamSimulator.Control;

/// <summary>Which free-catalog history day is served (null while the fixture catalog is), out of how many.</summary>
public sealed record HistoryState(int? Day, int DayCount, DateTimeOffset? Taken, int ModelCount);
