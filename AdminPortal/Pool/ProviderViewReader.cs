using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Pool;

/// <summary>Joins each configured provider with its catalog size, shared quota counters, its keys' quotas and cooldowns, and last upstream error.</summary>
public sealed class ProviderViewReader(
    IOptions<ProvidersOptions> providers,
    CatalogRepository catalog,
    CatalogStore ownCatalog,
    QuotaReader quotas,
    ProviderKeyPools keys,
    KeyCooldownReader cooldowns,
    RequestLogRepository requests)
{
    public async Task<IReadOnlyList<ProviderRow>> ReadAsync()
    {
        var published = await catalog.ReadAsync();
        var models = published.IsEmpty ? [.. ownCatalog.Current.Models] : published.Models;
        var decisions = await requests.RecentAsync(PoolViewReader.RecentDecisions);
        var cooling = await cooldowns.ReadAsync();
        var rows = new List<ProviderRow>();
        foreach (var provider in providers.Value.All)
        {
            var keyRows = provider.HasKey ? await KeyRowsAsync(provider, cooling) : [];
            IReadOnlyList<QuotaRow> quota = keyRows.Count > 1
                ? [.. keyRows.SelectMany(key => key.Quotas).GroupBy(window => window.Window).Select(Summed)]
                : [.. (await quotas.ReadAsync(provider.Name)).Select(window => ToRow(window, provider.Quotas))];
            var lastFailure = decisions
                .SelectMany(decision => decision.Attempts.Where(attempt => attempt.Provider == provider.Name && attempt.Error is not null)
                    .Select(attempt => (decision.Time, attempt.Error)))
                .FirstOrDefault();
            rows.Add(new ProviderRow(
                provider.Name,
                provider.Kind,
                provider.BaseUrl,
                provider.HasKey,
                models.Count(model => model.Provider == provider.Name),
                quota,
                lastFailure.Error,
                lastFailure.Error is null ? null : lastFailure.Time)
            {
                Keys = keyRows,
            });
        }

        return rows;
    }

    private async Task<IReadOnlyList<ProviderKeyRow>> KeyRowsAsync(
        ProviderOptions provider, IReadOnlyDictionary<(string Provider, int KeyNumber), DateTimeOffset> cooling)
    {
        var rows = new List<ProviderKeyRow>();
        foreach (var key in keys.For(provider.Name).Keys)
        {
            var usage = await quotas.ReadAsync(key.QuotaScope);
            rows.Add(new ProviderKeyRow(
                key.Label,
                key.Suffix,
                [.. usage.Select(window => ToRow(window, provider.Quotas))],
                cooling.TryGetValue((provider.Name, key.Number), out var until) ? until : null));
        }

        return rows;
    }

    // A pool's window: what its keys used and allow together.
    private static QuotaRow Summed(IGrouping<string, QuotaRow> windows) => new(
        windows.Key,
        windows.Sum(window => window.Used),
        windows.All(window => window.Limit is not null) ? windows.Sum(window => window.Limit) : null,
        windows.Min(window => window.ResetsAt));

    private static QuotaRow ToRow(QuotaUsage usage, QuotaOptions limits) =>
        new(usage.Window, usage.Used, usage.Window == RedisKeys.DayWindow ? limits.RequestsPerDay : limits.RequestsPerMinute, usage.ResetsAt);
}
