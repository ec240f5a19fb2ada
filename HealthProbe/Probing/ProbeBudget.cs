using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.HealthProbe.Probing;

/// <summary>
/// Probes per provider per UTC day, counted in Redis (<c>ar:quota:{provider}:probe</c>) so that several HealthProbes
/// together stay inside it: a share of the provider's known daily quota, at least one.
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
    public async Task<bool> TryConsumeAsync(ProviderOptions provider)
    {
        var key = RedisKeys.Quota(provider.Name, Window);
        var database = redis.GetDatabase();
        var used = await database.StringIncrementAsync(key);
        if (used == 1)
        {
            var now = time.GetUtcNow();
            await database.KeyExpireAsync(key, now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime);
        }

        return used <= DailyLimit(provider);
    }
}
