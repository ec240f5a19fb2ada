using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>Reads the shared quota counters <c>ar:quota:{provider}:{window}</c>; a counter's expiry is its window's reset.</summary>
public sealed class QuotaReader(IConnectionMultiplexer redis)
{
    public static IReadOnlyList<string> Windows { get; } = [RedisKeys.MinuteWindow, RedisKeys.DayWindow];

    public async Task<IReadOnlyList<QuotaUsage>> ReadAsync(string provider)
    {
        var database = redis.GetDatabase();
        var reads = Windows.Select(window => (
            Window: window,
            Count: database.StringGetAsync(RedisKeys.Quota(provider, window)),
            Expiry: database.KeyTimeToLiveAsync(RedisKeys.Quota(provider, window)))).ToList();
        var usage = new List<QuotaUsage>(reads.Count);
        foreach (var (window, count, expiry) in reads)
        {
            var used = (await count.ConfigureAwait(false)).TryParse(out long value) ? value : 0;
            usage.Add(new QuotaUsage(window, used, await expiry.ConfigureAwait(false)));
        }

        return usage;
    }
}
