using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Pool;

/// <summary>
/// Joins each configured provider with its catalog size, shared quota counters (against the daily quota RouterApi learned
/// from the upstream, where it did) and last upstream error.
/// </summary>
public sealed class ProviderViewReader(
    IOptions<ProvidersOptions> providers,
    CatalogRepository catalog,
    CatalogStore ownCatalog,
    QuotaReader quotas,
    LearnedQuotaRepository learned,
    RequestLogRepository requests)
{
    public async Task<IReadOnlyList<ProviderRow>> ReadAsync()
    {
        var published = await catalog.ReadAsync();
        var models = published.IsEmpty ? [.. ownCatalog.Current.Models] : published.Models;
        var decisions = await requests.RecentAsync(PoolViewReader.RecentDecisions);
        var rows = new List<ProviderRow>();
        foreach (var provider in providers.Value.All)
        {
            var usage = await quotas.ReadAsync(provider.Name);
            var learnedPerDay = await learned.ReadAsync(provider.Name);
            var lastFailure = decisions
                .SelectMany(decision => decision.Attempts.Where(attempt => attempt.Provider == provider.Name && attempt.Error is not null)
                    .Select(attempt => (decision.Time, attempt.Error)))
                .FirstOrDefault();
            rows.Add(new ProviderRow(
                provider.Name,
                provider.Kind,
                provider.BaseUrl,
                !string.IsNullOrEmpty(provider.ApiKey),
                models.Count(model => model.Provider == provider.Name),
                [.. usage.Select(window => ToRow(window, provider.Quotas, learnedPerDay))],
                lastFailure.Error,
                lastFailure.Error is null ? null : lastFailure.Time));
        }

        return rows;
    }

    private static QuotaRow ToRow(QuotaUsage usage, QuotaOptions limits, int? learnedPerDay) =>
        usage.Window == RedisKeys.DayWindow && learnedPerDay is { } perDay
            ? new(usage.Window, usage.Used, perDay, usage.ResetsAt, Learned: true)
            : new(usage.Window, usage.Used, usage.Window == RedisKeys.DayWindow ? limits.RequestsPerDay : limits.RequestsPerMinute, usage.ResetsAt);
}
