using AspireRouter.RouterCore.Availability;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Reads the shared quota counters of the current window instances, <c>ar:quota:{provider}:{window}:{start}</c>, as
/// <see cref="RedisQuotaCounter"/> counts them: fixed UTC minutes and days on this service's clock.
/// </summary>
public sealed class QuotaReader(IConnectionMultiplexer redis, TimeProvider time)
{
    public static IReadOnlyList<string> Windows { get; } = [RedisKeys.MinuteWindow, RedisKeys.DayWindow];

    public static TimeSpan LengthOf(string window) => window == RedisKeys.DayWindow ? QuotaWindow.Day : QuotaWindow.Minute;

    public async Task<IReadOnlyList<QuotaUsage>> ReadAsync(string provider)
    {
        var database = redis.GetDatabase();
        var now = time.GetUtcNow();
        var reads = Windows.Select(window => (
            Window: window,
            ResetsAt: QuotaWindow.EndOf(now, LengthOf(window)),
            Count: database.StringGetAsync(RedisKeys.Quota(provider, window, QuotaWindow.StartOf(now, LengthOf(window)))))).ToList();
        var usage = new List<QuotaUsage>(reads.Count);
        foreach (var (window, resetsAt, count) in reads)
        {
            var used = (await count.ConfigureAwait(false)).TryParse(out long value) ? value : 0;
            usage.Add(new QuotaUsage(window, used, resetsAt));
        }

        return usage;
    }
}
