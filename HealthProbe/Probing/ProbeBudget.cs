using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.HealthProbe.Probing;

/// <summary>
/// Probes per provider per UTC day, counted in Redis (<c>ar:quota:{provider}:probe:{day}</c>) so that several HealthProbes
/// together stay inside it: a share of the provider's known daily quota, at least one. The key names its day and gets its
/// expiry in the same transaction as each increment, so a lost expiry cannot spend a later day's budget.
/// </summary>
internal sealed class ProbeBudget(IConnectionMultiplexer redis, IOptions<ProbeOptions> options, TimeProvider time)
{
    public const string Window = "probe";

    public int DailyLimit(ProviderOptions provider)
    {
        var settings = options.Value;
        return provider.Quotas.RequestsPerDay is { } daily
            ? Math.Max(1, (int)Math.Floor(daily * settings.DailyQuotaShare))
            : settings.DefaultDailyBudget;
    }

    /// <summary>Counts one probe unless today's budget is spent.</summary>
    /// <exception cref="Exception">A <see cref="RedisFailure"/>: Redis is unreachable, failing or slow.</exception>
    public async Task<bool> TryConsumeAsync(ProviderOptions provider)
    {
        var now = time.GetUtcNow();
        var key = RedisKeys.Quota(provider.Name, Window, QuotaWindow.StartOf(now, QuotaWindow.Day));
        var transaction = redis.GetDatabase().CreateTransaction();
        var used = transaction.StringIncrementAsync(key);
        _ = transaction.KeyExpireAsync(key, QuotaWindow.EndOf(now, QuotaWindow.Day) - now);
        await transaction.ExecuteAsync();
        return await used <= DailyLimit(provider);
    }
}
