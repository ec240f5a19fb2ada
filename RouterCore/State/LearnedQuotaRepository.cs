using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// The daily quotas RouterApi learned from the upstream (<see cref="RedisKeys.LearnedDailyQuota"/>), so that the portal shows
/// the quota in force rather than the configured one. Each entry lives two learning intervals: one that stops being
/// relearned (learning turned off, the provider removed) falls back to the configured quota.
/// </summary>
public sealed class LearnedQuotaRepository(IConnectionMultiplexer redis, RedisBudget budget)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    public Task WriteAsync(string provider, int requestsPerDay) =>
        budget.WithinAsync(redis.GetDatabase().StringSetAsync(RedisKeys.LearnedDailyQuota(provider), requestsPerDay, Lifetime));

    /// <summary>The learned daily quota, or null when none was learned lately or Redis is unreachable or slow.</summary>
    public async Task<int?> ReadAsync(string provider)
    {
        try
        {
            var value = await budget.WithinAsync(redis.GetDatabase().StringGetAsync(RedisKeys.LearnedDailyQuota(provider))).ConfigureAwait(false);
            return !value.IsNull && value.TryParse(out int perDay) ? perDay : null;
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            return null;
        }
    }
}
