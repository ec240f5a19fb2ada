using AspireRouter.RouterCore.State;

namespace AspireRouter.AdminPortal.Live;

/// <summary>Reads <c>ar:requests</c> and turns it into the dashboard's numbers, chart and feed.</summary>
public sealed class LiveTraffic(RequestLogRepository requests, TimeProvider time)
{
    public static readonly TimeSpan StatsWindow = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan ShareBucket = TimeSpan.FromSeconds(30);
    public const int ShareBuckets = 10;
    public const int ShareModels = 8;
    public const int FeedLength = 50;

    /// <summary>The decisions read per refresh: the whole capped list.</summary>
    public const int ReadLimit = 2_000;

    public async Task<TrafficSnapshot> ReadAsync()
    {
        var decisions = await requests.RecentAsync(ReadLimit);
        var now = time.GetUtcNow();
        return new TrafficSnapshot(
            now,
            TrafficStatsCalculator.Compute(decisions, now, StatsWindow),
            ModelShareCalculator.Compute(decisions, now, ShareBucket, ShareBuckets, ShareModels),
            [.. decisions.Take(FeedLength)]);
    }
}
