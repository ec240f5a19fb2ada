namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>Replays the free catalog day by day from <c>free-catalog-history.json</c>.</summary>
public sealed class HistoryReplayOptions
{
    /// <summary>Serve snapshot <see cref="StartDay"/> instead of the full fixture catalog.</summary>
    public bool Enabled { get; set; }

    public int StartDay { get; set; }

    /// <summary>When set, the served day advances by one each time this much (simulated) time passes.</summary>
    public TimeSpan? DayLength { get; set; }
}
