using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Pool;

/// <summary>
/// Joins each configured provider with its catalog size, shared quota counters (against the daily quota RouterApi learned
/// from the upstream, where it did), its keys' quotas, cooldowns and gone states, and last upstream error.
/// </summary>
public sealed class ProviderViewReader(
    IOptions<ProvidersOptions> providers,
    CatalogRepository catalog,
    CatalogStore ownCatalog,
    QuotaReader quotas,
    LearnedQuotaRepository learned,
    ProviderKeyPools keys,
    KeyCooldownReader cooldowns,
    GoneRepository gone,
    RequestLogRepository requests)
{
    public async Task<IReadOnlyList<ProviderRow>> ReadAsync()
    {
        var published = await catalog.ReadAsync();
        var models = published.IsEmpty ? [.. ownCatalog.Current.Models] : published.Models;
        var decisions = await requests.RecentAsync(PoolViewReader.RecentDecisions);
        var cooling = await cooldowns.ReadAsync();
        var goneKeys = (await gone.ReadAllAsync()).ToDictionary(status => status.Scope, StringComparer.Ordinal);
        var rows = new List<ProviderRow>();
        foreach (var provider in providers.Value.All)
        {
            var keyRows = provider.HasKey ? await KeyRowsAsync(provider, cooling, goneKeys) : [];
            IReadOnlyList<QuotaRow> quota = keyRows.Count > 1
                ? [.. keyRows.SelectMany(key => key.Quotas).GroupBy(window => window.Window).Select(Summed)]
                : await QuotaRowsAsync(provider.Name, provider.Quotas);
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
        ProviderOptions provider,
        IReadOnlyDictionary<(string Provider, int KeyNumber), DateTimeOffset> cooling,
        IReadOnlyDictionary<string, GoneStatus> goneKeys)
    {
        var rows = new List<ProviderKeyRow>();
        foreach (var key in keys.For(provider.Name).Keys)
        {
            rows.Add(new ProviderKeyRow(
                key.Label,
                key.Suffix,
                await QuotaRowsAsync(key.QuotaScope, provider.Quotas),
                cooling.TryGetValue((provider.Name, key.Number), out var until) ? until : null)
            {
                Gone = goneKeys.GetValueOrDefault(key.QuotaScope),
            });
        }

        return rows;
    }

    // One key's windows (a one-key provider's are the provider's), against the daily quota learned for it where one was.
    private async Task<IReadOnlyList<QuotaRow>> QuotaRowsAsync(string scope, QuotaOptions limits)
    {
        var usage = await quotas.ReadAsync(scope);
        var learnedPerDay = await learned.ReadAsync(scope);
        return [.. usage.Select(window => ToRow(window, limits, learnedPerDay))];
    }

    // A pool's window: what its keys used and allow together.
    private static QuotaRow Summed(IGrouping<string, QuotaRow> windows) => new(
        windows.Key,
        windows.Sum(window => window.Used),
        windows.All(window => window.Limit is not null) ? windows.Sum(window => window.Limit) : null,
        windows.Min(window => window.ResetsAt),
        windows.Any(window => window.Learned));

    private static QuotaRow ToRow(QuotaUsage usage, QuotaOptions limits, int? learnedPerDay) =>
        usage.Window == RedisKeys.DayWindow && learnedPerDay is { } perDay
            ? new(usage.Window, usage.Used, perDay, usage.ResetsAt, Learned: true)
            : new(usage.Window, usage.Used, usage.Window == RedisKeys.DayWindow ? limits.RequestsPerDay : limits.RequestsPerMinute, usage.ResetsAt);
}
