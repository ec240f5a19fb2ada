using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Sizes;
using Microsoft.Extensions.Options;

namespace AspireRouter.Benchmarks;

/// <summary>
/// A free pool of a given size shaped like the real one: five providers, half the models take tools, a third read images,
/// context windows from 8k to 128k and sizes from 1B to 400B (some of each unknown), a few operator weights and blocks, one
/// model in twenty cooling after a 429, and a third with a measured time to first token and output rate (for the sorts).
/// </summary>
internal static class SyntheticPool
{
    private static readonly string[] Providers = ["openrouter", "groq", "nvidia", "mistral", "gemini"];
    private static readonly int[] ContextLengths = [0, 8_192, 32_768, 131_072];
    private static readonly double?[] Sizes = [null, 1, 3, 8, 12, 24, 32, 70, 120, 235, 405];

    public static RoutePlanner Planner(int size, IRandomSource random) =>
        new(Catalog(size), Policy(size), Tracker(size), [new WeightedRandomSelector(random)], TimeProvider.System);

    /// <summary>The planner's inputs joined as it joins them, for timing filtering and sampling apart.</summary>
    public static CandidateTable Table(int size) => CandidateTable.Build(Catalog(size).Current, Policy(size).Current, Tracker(size));

    private static CatalogStore Catalog(int size)
    {
        var catalog = new CatalogStore();
        catalog.Replace(new CatalogSnapshot(Models(size), TimeProvider.System.GetUtcNow()));
        return catalog;
    }

    private static PolicyStore Policy(int size)
    {
        var models = Models(size);
        return new PolicyStore(Options.Create(new RoutingPolicy
        {
            Weights = [.. models.Where((_, i) => i % 7 == 0).Select((m, i) => new ModelWeight { Model = m.Id, Weight = i % 2 == 0 ? 3 : 0 })],
            Blocked = models.Where((_, i) => i % 50 == 49).Select(m => m.Id).ToHashSet(StringComparer.Ordinal),
        }));
    }

    private static AvailabilityTracker Tracker(int size)
    {
        var time = TimeProvider.System;
        var tracker = new AvailabilityTracker(
            Options.Create(new AvailabilityOptions()),
            new InMemoryQuotaCounter(new ProviderQuotaLimits(Options.Create(new ProvidersOptions())), time),
            new ProviderKeyPools(Options.Create(new ProvidersOptions())),
            time);
        var cooling = new UpstreamFailure(UpstreamFailureKind.RateLimited) { CooldownUntil = time.GetUtcNow().AddDays(1) };
        foreach (var model in Models(size).Where((_, i) => i % 20 == 3))
        {
            tracker.RecordFailure(model.Id, model.Provider, cooling);
        }

        foreach (var (model, i) in Models(size).Select((model, i) => (model, i)).Where(pair => pair.i % 3 == 1))
        {
            tracker.RecordSuccess(model.Id, model.Provider, TimeSpan.FromMilliseconds(200 + (i % 10 * 300)));
            tracker.RecordThroughput(model.Id, model.Provider, 10 + (i % 7 * 30));
        }

        return tracker;
    }

    private static List<ModelInfo> Models(int size) => [.. Enumerable.Range(0, size).Select(Model)];

    private static ModelInfo Model(int i)
    {
        var capabilities = ModelCapabilities.TextOutput
            | (i % 2 == 0 ? ModelCapabilities.Tools | ModelCapabilities.ToolChoice : ModelCapabilities.None)
            | (i % 3 == 0 ? ModelCapabilities.Vision : ModelCapabilities.None)
            | (i % 4 == 0 ? ModelCapabilities.ResponseFormat : ModelCapabilities.None);
        var id = $"vendor-{i % 17}/model-{i}:free";
        return new ModelInfo
        {
            Id = id,
            Provider = Providers[i % Providers.Length],
            UpstreamId = id,
            ContextLength = ContextLengths[i % ContextLengths.Length],
            Size = Sizes[i % Sizes.Length] is { } billions ? new ModelSize(billions, null, ModelSizeSource.ModelId) : null,
            Capabilities = capabilities,
        };
    }
}
