using System.Collections.Concurrent;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Enforces client keys' limits (<see cref="ClientKeyLimits"/>) across replicas: one Redis counter per key and window instance
/// (<see cref="RedisKeys.ClientKeyLimit"/>), counted with INCR and EXPIRE for every window in one MULTI/EXEC, so a request costs
/// one round trip within the <see cref="RedisBudget"/>. A refused request gives its counts back, so counters hold what was
/// served. While Redis is down, slow or failing, each replica counts alone (a key may then get its limit once per replica).
/// </summary>
public sealed partial class ClientKeyLimiter(
    IConnectionMultiplexer redis,
    RedisBudget budget,
    IOptions<ProvidersOptions> providers,
    TimeProvider time,
    ILogger<ClientKeyLimiter> logger)
{
    private readonly long _poolDailyQuota = PoolDailyQuota(providers.Value);
    private readonly ConcurrentDictionary<string, LocalClientKeyCounts> _local = new(StringComparer.Ordinal);
    private int _degraded;

    /// <summary>Counts one request of the key named <paramref name="keyName"/>, unless it would exceed one of its limits.</summary>
    public async ValueTask<ClientKeyLimitDecision> TryAcquireAsync(string keyName, ClientKeyLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var windows = ClientKeyWindows.Of(limits, _poolDailyQuota);
        if (!windows.IsLimited)
        {
            return ClientKeyLimitDecision.Allow;
        }

        var now = time.GetUtcNow();

        // Never wait for a reconnect on the request path: while Redis is away, count here.
        if (!redis.IsConnected)
        {
            MarkDegraded(null);
            return CountLocally(keyName, windows, now);
        }

        try
        {
            var counts = await budget.WithinAsync(CountAsync(keyName, windows, now)).ConfigureAwait(false);
            if (Interlocked.Exchange(ref _degraded, 0) == 1)
            {
                LogRecovered();
            }

            return Decide(keyName, windows, counts, now);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            MarkDegraded(exception);
            return CountLocally(keyName, windows, now);
        }
    }

    // The share is of the quota known to be scarce: providers without a known daily quota add nothing to it; each key of a pool has its own.
    private static long PoolDailyQuota(ProvidersOptions providers)
    {
        long total = 0;
        foreach (var provider in providers.All)
        {
            if (provider.SkipReason is null && provider.Quotas.RequestsPerDay is { } perDay)
            {
                total += (long)perDay * (provider.HasKey ? 1 + provider.ApiKeys.Count : 1);
            }
        }

        return total;
    }

    private async Task<(long Minute, long Day)> CountAsync(string keyName, ClientKeyWindows windows, DateTimeOffset now)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        var minute = windows.PerMinute is null ? null : Increment(transaction, keyName, RedisKeys.MinuteWindow, QuotaWindow.Minute, now);
        var day = windows.PerDay is null ? null : Increment(transaction, keyName, RedisKeys.DayWindow, QuotaWindow.Day, now);
        await transaction.ExecuteAsync().ConfigureAwait(false);
        return (minute is null ? 0 : await minute.ConfigureAwait(false), day is null ? 0 : await day.ConfigureAwait(false));
    }

    // The counter never exists without its expiry (and its name holds its window anyway).
    private static Task<long> Increment(ITransaction transaction, string keyName, string window, TimeSpan length, DateTimeOffset now)
    {
        var key = RedisKeys.ClientKeyLimit(keyName, window, QuotaWindow.StartOf(now, length));
        var count = transaction.StringIncrementAsync(key);
        _ = transaction.KeyExpireAsync(key, QuotaWindow.EndOf(now, length) - now);
        return count;
    }

    private ClientKeyLimitDecision Decide(string keyName, ClientKeyWindows windows, (long Minute, long Day) counts, DateTimeOffset now)
    {
        var decision = windows.PerDay is { } perDay && counts.Day > perDay ? windows.RefuseDay(now)
            : windows.PerMinute is { } perMinute && counts.Minute > perMinute ? windows.RefuseMinute(now)
            : ClientKeyLimitDecision.Allow;
        if (!decision.Allowed)
        {
            GiveBack(keyName, windows, now);
        }

        return decision;
    }

    // Without waiting: a refused request must not use up another window's allowance. The expiry is set again, so a give-back
    // landing after its window ended removes the counter rather than leaving one without expiry.
    private void GiveBack(string keyName, ClientKeyWindows windows, DateTimeOffset now)
    {
        var database = redis.GetDatabase();
        if (windows.PerMinute is not null)
        {
            Decrement(database, keyName, RedisKeys.MinuteWindow, QuotaWindow.Minute, now);
        }

        if (windows.PerDay is not null)
        {
            Decrement(database, keyName, RedisKeys.DayWindow, QuotaWindow.Day, now);
        }
    }

    private static void Decrement(IDatabase database, string keyName, string window, TimeSpan length, DateTimeOffset now)
    {
        var key = RedisKeys.ClientKeyLimit(keyName, window, QuotaWindow.StartOf(now, length));
        _ = database.StringDecrementAsync(key, flags: CommandFlags.FireAndForget);
        _ = database.KeyExpireAsync(key, QuotaWindow.EndOf(now, length) - now, flags: CommandFlags.FireAndForget);
    }

    private ClientKeyLimitDecision CountLocally(string keyName, ClientKeyWindows windows, DateTimeOffset now) =>
        _local.GetOrAdd(keyName, static _ => new LocalClientKeyCounts()).TryAcquire(windows, now);

    private void MarkDegraded(Exception? exception)
    {
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            LogDegraded(exception);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Client key limits unreachable in Redis; counting in this process only until it returns")]
    private partial void LogDegraded(Exception? exception);

    [LoggerMessage(2, LogLevel.Information, "Client key limits reachable again")]
    private partial void LogRecovered();
}
