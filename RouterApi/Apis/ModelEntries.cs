using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Apis;

/// <summary>Builds <c>/v1/models</c> entries: the router's virtual models, then the live pool with capabilities and state.</summary>
internal sealed class ModelEntries(CatalogStore catalog, PolicyStore policy, AvailabilityTracker tracker)
{
    private static readonly (ModelCapabilities Flag, string Name)[] CapabilityNames =
    [
        (ModelCapabilities.Tools, "tools"),
        (ModelCapabilities.ToolChoice, "tool_choice"),
        (ModelCapabilities.ResponseFormat, "json_mode"),
        (ModelCapabilities.StructuredOutputs, "structured_outputs"),
        (ModelCapabilities.Vision, "vision"),
        (ModelCapabilities.ImageOutput, "image_output"),
        (ModelCapabilities.Reasoning, "reasoning"),
    ];

    public List<ModelEntry> All()
    {
        var snapshot = catalog.Current;
        var created = snapshot.CreatedAt == DateTimeOffset.MinValue ? 0 : snapshot.CreatedAt.ToUnixTimeSeconds();
        var entries = new List<ModelEntry>(snapshot.Count + 8);
        foreach (var name in VirtualModels.Names)
        {
            entries.Add(Virtual(name, created));
        }

        var blocked = policy.Current;
        foreach (var model in snapshot.Models)
        {
            if (!blocked.IsBlocked(model.Id))
            {
                entries.Add(ForModel(model));
            }
        }

        return entries;
    }

    public ModelEntry? Find(string id)
    {
        if (VirtualModels.TryGetAdditions(id, out _))
        {
            var snapshot = catalog.Current;
            return Virtual(id, snapshot.CreatedAt == DateTimeOffset.MinValue ? 0 : snapshot.CreatedAt.ToUnixTimeSeconds());
        }

        return catalog.Current.TryGet(id, out var model) && !policy.Current.IsBlocked(id) ? ForModel(model) : null;
    }

    private static ModelEntry Virtual(string name, long created)
    {
        VirtualModels.TryGetAdditions(name, out var additions);
        var needs = Names(additions);
        return new ModelEntry
        {
            Id = name,
            Created = created,
            OwnedBy = "aspire-router",
            Name = name,
            Description = needs.Count == 0
                ? "A free model picked at random per request among those available, with fallback."
                : $"A free model with {string.Join(", ", needs)}, picked at random per request, with fallback.",
            Capabilities = needs,
            Virtual = true,
        };
    }

    private ModelEntry ForModel(ModelInfo model) => new()
    {
        Id = model.Id,
        Created = model.Created?.ToUnixTimeSeconds() ?? 0,
        OwnedBy = model.Provider,
        Name = model.Name,
        ContextLength = model.ContextLength == 0 ? null : model.ContextLength,
        Capabilities = Names(model.Capabilities),
        InputModalities = model.InputModalities,
        OutputModalities = model.OutputModalities,
        State = StateName(tracker.GetState(model.Id).State),
    };

    private static List<string> Names(ModelCapabilities capabilities)
    {
        var names = new List<string>();
        foreach (var (flag, name) in CapabilityNames)
        {
            if (capabilities.HasFlag(flag))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string StateName(AvailabilityState state) => state.ToString().ToLowerInvariant();
}
