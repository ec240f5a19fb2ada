using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Status;

/// <summary>Builds <see cref="RouterStatus"/> from one observation of the pool.</summary>
internal sealed class RouterStatusBuilder(
    PoolObserver observer,
    AvailabilityTracker tracker,
    GoneTracker gone,
    IOptions<ProvidersOptions> providers,
    ProviderKeyPools keys,
    IOptions<SandboxOptions> sandbox)
{
    public async Task<RouterStatus> BuildAsync()
    {
        var pool = await observer.ObserveAsync();
        var snapshot = pool.Catalog;
        return new RouterStatus
        {
            Sandbox = sandbox.Value.Sandbox,
            PoolSize = snapshot.Count,
            CatalogRefreshedAt = snapshot.Count == 0 ? null : snapshot.CreatedAt,
            GeneratedAt = pool.Now,
            Replicas = pool.Load.Replicas,
            LoadShared = pool.Load.Shared,
            Pool = Counts(pool.Models),
            Providers = [.. providers.Value.All.Select(provider => Provider(provider, pool))],
            Cooling = [.. pool.Models
                .Where(live => live.AvailableAt is not null)
                .OrderBy(live => live.AvailableAt)
                .Select(live => new CoolingModel(live.Model.Id, live.Model.Provider, live.AvailableAt!.Value, live.Wait.TotalSeconds))],
            Models = [.. pool.Models.Select(ModelEntries.ForModel)],
        };
    }

    private ProviderStatus Provider(ProviderOptions provider, PoolObservation pool)
    {
        var ring = keys.For(provider.Name);
        var keyQuotas = ring.Keys.Select(key => pool.Quotas.GetValueOrDefault(key.QuotaScope, [])).ToList();
        return new(provider.Name, provider.Kind, provider.BaseUrl, provider.HasKey, [.. provider.Headers.Keys], pool.Catalog.Models.Count(model => model.Provider == provider.Name))
        {
            CoolingUntil = tracker.GetProviderCooldown(provider.Name),
            Gone = View(gone.GetProvider(ring)),
            Quotas = [.. keyQuotas.SelectMany(windows => windows).GroupBy(window => window.Window).Select(Summed)],
            Keys = provider.HasKey
                ? [.. ring.Keys.Select((key, i) => new ProviderKeyStatus(key.Label, key.Suffix)
                {
                    CoolingUntil = key.CoolingUntil(pool.Now),
                    Gone = View(gone.Get(key.QuotaScope)),
                    Quotas = [.. keyQuotas[i].Select(View)],
                })]
                : [],
        };
    }

    private static GoneView? View(GoneStatus? status) => status is null ? null : new(status.Since, status.Message, status.StatusCode);

    private static QuotaView View(QuotaWindowStatus window) => new(window.Window, window.Limit, window.Source, window.Used, window.Remaining, window.ResetsAt);

    // The pool's window: what all its keys allow and used together (a limit unknown for one key is unknown for the pool).
    private static QuotaView Summed(IGrouping<string, QuotaWindowStatus> windows) => new(
        windows.Key,
        windows.All(window => window.Limit is not null) ? windows.Sum(window => window.Limit) : null,
        SourceOf(windows),
        windows.Sum(window => window.Used),
        windows.All(window => window.Remaining is not null) ? windows.Sum(window => window.Remaining) : null,
        windows.Min(window => window.ResetsAt));

    // Keys whose limits come from different places (one learned, one shipped): the pool's is learned, the most specific.
    private static string SourceOf(IGrouping<string, QuotaWindowStatus> windows) =>
        windows.Any(window => window.Source == QuotaSources.Learned) ? QuotaSources.Learned : windows.First().Source;

    private static PoolCounts Counts(IReadOnlyList<ModelLive> models)
    {
        var states = Enum.GetValues<AvailabilityState>().ToDictionary(
            state => state.ToString().ToLowerInvariant(),
            state => models.Count(live => live.Availability.State == state));
        var capabilities = CapabilityNames.All.ToDictionary(entry => entry.Name, entry => models.Count(live => live.Model.Capabilities.HasFlag(entry.Flag)));
        var presets = VirtualModels.Names.ToDictionary(name => name, name => models.Count(live => Serves(name, live.Model)));
        return new PoolCounts(states, capabilities, presets);
    }

    // What the virtual model asks of a text request (image output instead of text for free:image, vectors for free:embedding).
    private static bool Serves(string virtualModel, ModelInfo model)
    {
        VirtualModels.TryGetAdditions(virtualModel, out var additions);
        var output = (additions & (ModelCapabilities.ImageOutput | ModelCapabilities.Embeddings)) != 0 ? ModelCapabilities.None : ModelCapabilities.TextOutput;
        return new RequestRequirements(additions | output, 0) { Hints = RoutingPresets.Effective(virtualModel, null) }.IsMetBy(model);
    }
}
