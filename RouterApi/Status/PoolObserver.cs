using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Status;

/// <summary>
/// Observes the pool for <c>/v1/models</c> and <c>/v1/router/status</c>: state, load summed over the live replicas (one Redis
/// round trip per replica), shared quota use, and each model's estimated wait (its cooldown, its provider's, or a spent quota's reset).
/// </summary>
internal sealed class PoolObserver(
    CatalogStore catalog,
    PolicyStore policy,
    AvailabilityTracker tracker,
    ClusterLoadReader load,
    ProviderQuotaReader quotas,
    IOptions<ProvidersOptions> providers,
    TimeProvider time)
{
    public async Task<PoolObservation> ObserveAsync()
    {
        var snapshot = catalog.Current;
        var blocked = policy.Current;
        var cluster = await load.ReadAsync();
        var quotaByProvider = new Dictionary<string, IReadOnlyList<QuotaWindowStatus>>(StringComparer.Ordinal);
        foreach (var provider in providers.Value.All)
        {
            quotaByProvider[provider.Name] = await quotas.ReadAsync(provider.Name);
        }

        var now = time.GetUtcNow();
        var models = new List<ModelLive>(snapshot.Count);
        foreach (var model in snapshot.Models)
        {
            if (!blocked.IsBlocked(model.Id))
            {
                models.Add(Live(model, cluster, quotaByProvider.GetValueOrDefault(model.Provider, []), now));
            }
        }

        return new PoolObservation(snapshot, now, cluster, quotaByProvider, models);
    }

    private ModelLive Live(ModelInfo model, ClusterLoad cluster, IReadOnlyList<QuotaWindowStatus> quota, DateTimeOffset now)
    {
        var availability = tracker.GetState(model.Id);
        var until = CooldownParser.Later(availability.CoolingUntil, tracker.GetProviderCooldown(model.Provider));
        foreach (var window in quota)
        {
            until = window.IsSpent ? CooldownParser.Later(until, window.ResetsAt) : until;
        }

        if (until <= now)
        {
            until = null;
        }

        if (until is { } cooling && availability.State != AvailabilityState.Cooling)
        {
            availability = availability with { State = AvailabilityState.Cooling, CoolingUntil = cooling };
        }

        return new ModelLive(model, availability, cluster.For(model.Id), until, until is { } end ? end - now : TimeSpan.Zero);
    }
}
