using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Status;

/// <summary>
/// Observes the pool for <c>/v1/models</c> and <c>/v1/router/status</c>: state, load summed over the live replicas (one Redis
/// round trip per replica), shared quota use of every provider key, and each model's estimated wait (its cooldown, its provider's,
/// or the reset of its provider's quota once every key's is spent).
/// </summary>
internal sealed class PoolObserver(
    CatalogStore catalog,
    PolicyStore policy,
    AvailabilityTracker tracker,
    ClusterLoadReader load,
    ProviderQuotaReader quotas,
    IOptions<ProvidersOptions> providers,
    ProviderKeyPools keys,
    TimeProvider time)
{
    public async Task<PoolObservation> ObserveAsync()
    {
        var snapshot = catalog.Current;
        var blocked = policy.Current;
        var cluster = await load.ReadAsync();
        var quotaByScope = new Dictionary<string, IReadOnlyList<QuotaWindowStatus>>(StringComparer.Ordinal);
        var spentUntil = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var provider in providers.Value.All)
        {
            var ring = keys.For(provider.Name);
            foreach (var key in ring.Keys)
            {
                quotaByScope[key.QuotaScope] = await quotas.ReadAsync(key.QuotaScope);
            }

            spentUntil[provider.Name] = SpentUntil(ring, quotaByScope);
        }

        var now = time.GetUtcNow();
        var models = new List<ModelLive>(snapshot.Count);
        foreach (var model in snapshot.Models)
        {
            if (!blocked.IsBlocked(model.Id))
            {
                models.Add(Live(model, cluster, spentUntil.GetValueOrDefault(model.Provider), now));
            }
        }

        return new PoolObservation(snapshot, now, cluster, quotaByScope, models);
    }

    // A provider's quota holds its models back only while every key's is spent: until the first key's spent windows reset.
    private static DateTimeOffset? SpentUntil(ProviderKeyRing ring, Dictionary<string, IReadOnlyList<QuotaWindowStatus>> quotaByScope)
    {
        DateTimeOffset? earliest = null;
        foreach (var key in ring.Keys)
        {
            DateTimeOffset? keyUntil = null;
            foreach (var window in quotaByScope[key.QuotaScope])
            {
                keyUntil = window.IsSpent ? CooldownParser.Later(keyUntil, window.ResetsAt) : keyUntil;
            }

            if (keyUntil is null)
            {
                return null;
            }

            earliest = earliest is null || keyUntil < earliest ? keyUntil : earliest;
        }

        return earliest;
    }

    private ModelLive Live(ModelInfo model, ClusterLoad cluster, DateTimeOffset? quotaSpentUntil, DateTimeOffset now)
    {
        var availability = tracker.GetState(model.Id);
        var until = CooldownParser.Later(CooldownParser.Later(availability.CoolingUntil, tracker.GetProviderCooldown(model.Provider)), quotaSpentUntil);

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
