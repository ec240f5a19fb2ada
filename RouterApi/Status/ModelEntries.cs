using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Sizes;

namespace AspireRouter.RouterApi.Status;

/// <summary>Builds <c>/v1/models</c> entries: the router's virtual models, then the live pool with capabilities, size, state and load.</summary>
internal sealed class ModelEntries(PoolObserver observer)
{
    public async Task<List<ModelEntry>> AllAsync()
    {
        var pool = await observer.ObserveAsync();
        var created = Created(pool.Catalog);
        var entries = new List<ModelEntry>(pool.Models.Count + 12);
        foreach (var name in VirtualModels.Names)
        {
            entries.Add(Virtual(name, created));
        }

        entries.AddRange(pool.Models.Select(ForModel));
        return entries;
    }

    public async Task<ModelEntry?> FindAsync(string id)
    {
        var pool = await observer.ObserveAsync();
        if (VirtualModels.TryGetAdditions(id, out _))
        {
            return Virtual(id, Created(pool.Catalog));
        }

        return pool.Models.FirstOrDefault(live => live.Model.Id == id) is { } model ? ForModel(model) : null;
    }

    public static ModelEntry ForModel(ModelLive live)
    {
        var model = live.Model;
        return new ModelEntry
        {
            Id = model.Id,
            Created = model.Created?.ToUnixTimeSeconds() ?? 0,
            OwnedBy = model.Provider,
            Name = model.Name,
            ContextLength = model.ContextLength == 0 ? null : model.ContextLength,
            Capabilities = CapabilityNames.Of(model.Capabilities),
            InputModalities = model.InputModalities,
            OutputModalities = model.OutputModalities,
            Dimensions = model.Dimensions,
            MinDimensions = model.MinDimensions,
            State = live.Availability.State.ToString().ToLowerInvariant(),
            ParametersBillions = model.Size?.TotalBillions,
            ActiveParametersBillions = model.Size?.ActiveBillions,
            ParametersSource = model.Size is { } size ? SourceName(size.Source) : null,
            InFlight = live.Load.InFlight,
            RequestsPerSecond = live.Load.RequestsPerSecond,
            TtftP50Ms = live.Availability.LatencyP50Ms,
            TokensPerSecond = live.Availability.TokensPerSecond,
            EstimatedWaitSeconds = live.Wait.TotalSeconds,
            AvailableAt = live.AvailableAt,
        };
    }

    private static ModelEntry Virtual(string name, long created)
    {
        VirtualModels.TryGetAdditions(name, out var additions);
        var needs = CapabilityNames.Of(additions);
        return new ModelEntry
        {
            Id = name,
            Created = created,
            OwnedBy = "aspire-router",
            Name = name,
            Description = Describe(name, needs),
            Capabilities = needs,
            Virtual = true,
        };
    }

    private static string Describe(string name, List<string> needs) =>
        name == VirtualModels.FreeEmbedding
            ? "A free embedding model picked at random per request; the request never falls back to another model, because vectors of different models cannot be compared."
        : RoutingPresets.TryGet(name, out var preset) ? $"A free model {PresetText(preset)}, picked at random per request, with fallback."
        : needs.Count == 0 ? "A free model picked at random per request among those available, with fallback."
        : $"A free model with {string.Join(", ", needs)}, picked at random per request, with fallback.";

    private static string PresetText(RoutingHints preset) =>
        preset.MinParams is { } billions ? $"with at least {billions}B parameters"
        : preset.MinContext is { } tokens ? $"with a context window of at least {tokens} tokens"
        : "weighted towards the quickest first token";

    private static long Created(CatalogSnapshot snapshot) =>
        snapshot.CreatedAt == DateTimeOffset.MinValue ? 0 : snapshot.CreatedAt.ToUnixTimeSeconds();

    private static string SourceName(ModelSizeSource source) => source switch
    {
        ModelSizeSource.Configuration => "configuration",
        ModelSizeSource.Known => "known",
        ModelSizeSource.HuggingFaceId => "hugging_face_id",
        ModelSizeSource.ModelId => "model_id",
        _ => "name",
    };
}
