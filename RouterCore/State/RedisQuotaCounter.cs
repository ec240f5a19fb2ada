using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Quota counters shared by every replica: one Redis counter per provider (and model) window, <c>ar:quota:{provider}:{window}</c>,
/// expiring when the window resets. A request is let through when its increment stays within the limit, so replicas
/// together never exceed it. Providers without known limits cost no Redis call; while Redis is down, this process counts alone.
/// </summary>
public sealed partial class RedisQuotaCounter(
    IConnectionMultiplexer redis,
    IOptions<ProvidersOptions> providers,
    TimeProvider time,
    ILogger<RedisQuotaCounter> logger) : IQuotaCounter
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private readonly InMemoryQuotaCounter _local = new(providers, time);
    private int _degraded;

    public async ValueTask<QuotaDecision> TryAcquireAsync(string provider, string modelId)
    {
        var limits = providers.Value.Find(provider)?.Quotas;
        if (limits is null || (limits.RequestsPerMinute is null && limits.RequestsPerDay is null && !limits.HasModelLimits))
        {
            return new QuotaDecision(true, QuotaStatus.NotSpent);
        }

        // Never wait for a reconnect on the request path: while Redis is away, count here.
        if (!redis.IsConnected)
        {
            MarkDegraded(null);
            return await _local.TryAcquireAsync(provider, modelId).ConfigureAwait(false);
        }

        try
        {
            var decision = await CountAsync(provider, modelId, limits).ConfigureAwait(false);
            if (Interlocked.Exchange(ref _degraded, 0) == 1)
            {
                LogRecovered();
            }

            return decision;
        }
        catch (RedisException exception)
        {
            MarkDegraded(exception);
            return await _local.TryAcquireAsync(provider, modelId).ConfigureAwait(false);
        }
    }

    private void MarkDegraded(Exception? exception)
    {
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            LogDegraded(exception);
        }
    }

    private async Task<QuotaDecision> CountAsync(string provider, string modelId, QuotaOptions limits)
    {
        var now = time.GetUtcNow();
        QuotaCount[] windows =
        [
            new(RedisKeys.Quota(provider, RedisKeys.MinuteWindow), limits.RequestsPerMinute, Minute, CooldownScope.Provider),
            new(RedisKeys.Quota(provider, RedisKeys.DayWindow), limits.RequestsPerDay, Day, CooldownScope.Provider),
            new(RedisKeys.ModelQuota(provider, modelId, RedisKeys.MinuteWindow), limits.ModelRequestsPerMinute, Minute, CooldownScope.Model),
            new(RedisKeys.ModelQuota(provider, modelId, RedisKeys.DayWindow), limits.ModelRequestsPerDay, Day, CooldownScope.Model),
        ];
        var database = redis.GetDatabase();
        var counts = new Task<long>?[windows.Length];
        for (var i = 0; i < windows.Length; i++)
        {
            counts[i] = windows[i].Limit is null ? null : database.StringIncrementAsync(windows[i].Key);
        }

        var acquired = true;
        var status = QuotaStatus.NotSpent;
        for (var i = 0; i < windows.Length; i++)
        {
            if (counts[i] is not { } pending)
            {
                continue;
            }

            var window = windows[i];
            var count = await pending.ConfigureAwait(false);
            var resetsAt = QuotaWindow.EndOf(now, window.Length);
            if (count == 1)
            {
                _ = database.KeyExpireAsync(window.Key, resetsAt - now, flags: CommandFlags.FireAndForget);
            }

            acquired &= count <= window.Limit;
            if (count >= window.Limit && (!status.IsSpent || resetsAt > status.ResetsAt))
            {
                status = new QuotaStatus(true, window.Scope, resetsAt);
            }
        }

        return new QuotaDecision(acquired, status);
    }

    private readonly record struct QuotaCount(string Key, int? Limit, TimeSpan Length, CooldownScope Scope);

    [LoggerMessage(1, LogLevel.Warning, "Shared quota counters unreachable in Redis; counting in this process only until it returns")]
    private partial void LogDegraded(Exception? exception);

    [LoggerMessage(2, LogLevel.Information, "Shared quota counters reachable again")]
    private partial void LogRecovered();
}
