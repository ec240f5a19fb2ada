using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// A provider's shared quota counters against its limits (<see cref="ProviderQuotaLimits"/>: configured, or learned by this
/// process). Windows are fixed UTC minutes and days, as <see cref="RedisQuotaCounter"/> counts them, so the reset is the
/// window's end on this service's clock. A request waits on Redis no longer than the <see cref="RedisBudget"/>.
/// </summary>
public sealed class ProviderQuotaReader(QuotaReader quotas, ProviderQuotaLimits limits, RedisBudget budget)
{
    /// <summary>The provider's windows; empty when it has no known limit or Redis is unreachable or slow.</summary>
    public async Task<IReadOnlyList<QuotaWindowStatus>> ReadAsync(string provider)
    {
        var quota = limits.For(provider);
        if (quota.RequestsPerMinute is null && quota.RequestsPerDay is null)
        {
            return [];
        }

        IReadOnlyList<QuotaUsage> usage;
        try
        {
            usage = await budget.WithinAsync(quotas.ReadAsync(provider)).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            return [];
        }

        return [.. usage.Select(window => Status(window, quota) with { Source = limits.SourceOf(provider, window.Window) })];
    }

    private static QuotaWindowStatus Status(QuotaUsage usage, QuotaOptions quota)
    {
        var limit = usage.Window == RedisKeys.DayWindow ? quota.RequestsPerDay : quota.RequestsPerMinute;
        return new QuotaWindowStatus(usage.Window, limit, usage.Used, limit is { } max ? Math.Max(0, max - usage.Used) : null, usage.ResetsAt);
    }
}
