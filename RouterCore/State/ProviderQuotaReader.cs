using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// A provider's shared quota counters against its configured limits. Windows are fixed UTC minutes and days, as
/// <see cref="RedisQuotaCounter"/> counts them, so the reset is the window's end on this service's clock. A request waits on
/// Redis no longer than the <see cref="RedisBudget"/>.
/// </summary>
public sealed class ProviderQuotaReader(QuotaReader quotas, IOptions<ProvidersOptions> providers, RedisBudget budget)
{
    /// <summary>The provider's windows; empty when it has no known limit or Redis is unreachable or slow.</summary>
    public async Task<IReadOnlyList<QuotaWindowStatus>> ReadAsync(string provider)
    {
        if (providers.Value.Find(provider)?.Quotas is not { } limits || (limits.RequestsPerMinute is null && limits.RequestsPerDay is null))
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

        return [.. usage.Select(window => Status(window, limits))];
    }

    private static QuotaWindowStatus Status(QuotaUsage usage, QuotaOptions limits)
    {
        var limit = usage.Window == RedisKeys.DayWindow ? limits.RequestsPerDay : limits.RequestsPerMinute;
        return new QuotaWindowStatus(usage.Window, limit, usage.Used, limit is { } max ? Math.Max(0, max - usage.Used) : null, usage.ResetsAt);
    }
}
