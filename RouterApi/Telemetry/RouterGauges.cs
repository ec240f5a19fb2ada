using System.Diagnostics.Metrics;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Selection;
using AspireRouter.ServiceDefaults;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>
/// The router's observable gauges on the <see cref="RouterTelemetry.Name"/> meter: quota left per provider key and window, and
/// pool models per state. Both read only what this replica holds (the quota leases, the catalog snapshot, passive health), so
/// a collection costs no Redis call. The meter comes from the host's <see cref="IMeterFactory"/>: its callbacks read this
/// host's services, and end with it.
/// </summary>
internal sealed class RouterGauges(
    IMeterFactory meters,
    IQuotaCounter quotas,
    CatalogStore catalog,
    PolicyStore policy,
    AvailabilityTracker tracker,
    TimeProvider time) : IHostedService
{
    public const string QuotaRemainingInstrument = "aspire_router.quota.remaining";
    public const string PoolModelsInstrument = "aspire_router.pool.models";
    public const string ProviderTag = "gen_ai.provider.name";
    public const string WindowTag = "aspire_router.quota.window";

    /// <summary>The key's number in its provider's pool (1 for a provider with one key); never the key.</summary>
    public const string KeyTag = "aspire_router.provider.key";
    public const string StateTag = "aspire_router.model.state";

    private static readonly AvailabilityState[] States = Enum.GetValues<AvailabilityState>();
    private static readonly string[] StateNames = [.. States.Select(state => state.ToString().ToLowerInvariant())];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var meter = meters.Create(RouterTelemetry.Name);
        meter.CreateObservableGauge(QuotaRemainingInstrument, ObserveQuotas, "{request}", "Requests left in a provider key's quota window, as this replica last saw the shared counter.");
        meter.CreateObservableGauge(PoolModelsInstrument, ObservePool, "{model}", "Pool models by state, as this replica routes.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<long>> ObserveQuotas()
    {
        var remaining = new List<QuotaRemaining>();
        quotas.CollectRemaining(time.GetUtcNow(), remaining);
        return remaining.Select(window => new Measurement<long>(
            window.Remaining,
            new KeyValuePair<string, object?>(ProviderTag, window.Provider),
            new KeyValuePair<string, object?>(WindowTag, window.Window),
            new KeyValuePair<string, object?>(KeyTag, window.KeyNumber)));
    }

    // A model counts as cooling while it, its provider or a spent quota of every key of its provider holds it back, as the status shows it.
    private IEnumerable<Measurement<int>> ObservePool()
    {
        var now = time.GetUtcNow();
        var remaining = new List<QuotaRemaining>();
        quotas.CollectRemaining(now, remaining);
        var spent = remaining.GroupBy(window => window.Provider)
            .Where(provider => provider.GroupBy(window => window.KeyNumber).All(key => key.Any(window => window.Remaining == 0)))
            .Select(provider => provider.Key)
            .ToHashSet(StringComparer.Ordinal);
        var blocked = policy.Current;
        var counts = new int[States.Length];
        foreach (var model in catalog.Current.Models)
        {
            if (blocked.IsBlocked(model.Id))
            {
                continue;
            }

            var state = tracker.GetState(model.Id).State;
            if (spent.Contains(model.Provider) || tracker.GetProviderCooldown(model.Provider) > now)
            {
                state = AvailabilityState.Cooling;
            }

            counts[(int)state]++;
        }

        return States.Select(state => new Measurement<int>(counts[(int)state], new KeyValuePair<string, object?>(StateTag, StateNames[(int)state])));
    }
}
