using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// A provider's shared quota counters against its configured limits. Windows are fixed UTC minutes and days, as
/// <see cref="RedisQuotaCounter"/> counts them, so the reset is the window's end on this service's clock.
/// </summary>
public sealed class ProviderQuotaReader(QuotaReader quotas, IOptions<ProvidersOptions> providers, TimeProvider time)
{
    /// <summary>The provider's windows; empty when it has no known limit or Redis is unreachable.</summary>
    public async Task<IReadOnlyList<QuotaWindowStatus>> ReadAsync(string provider)
    {
        if (providers.Value.Find(provider)?.Quotas is not { } limits || (limits.RequestsPerMinute is null && limits.RequestsPerDay is null))
        {
            return [];
        }

        IReadOnlyList<QuotaUsage> usage;
        try
        {
            usage = await quotas.ReadAsync(provider).ConfigureAwait(false);
        }
        catch (RedisException)
        {
            return [];
        }

        var now = time.GetUtcNow();
        return [.. usage.Select(window => Status(window, limits, now))];
    }

    private static QuotaWindowStatus Status(QuotaUsage usage, QuotaOptions limits, DateTimeOffset now)
    {
        var isDay = usage.Window == RedisKeys.DayWindow;
        var limit = isDay ? limits.RequestsPerDay : limits.RequestsPerMinute;
        var resetsAt = QuotaWindow.EndOf(now, isDay ? TimeSpan.FromDays(1) : TimeSpan.FromMinutes(1));
        return new QuotaWindowStatus(usage.Window, limit, usage.Used, limit is { } max ? Math.Max(0, max - usage.Used) : null, resetsAt);
    }
}
