using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Sizes;

/// <summary>
/// Gives each model its size: the operator's table (<c>Catalog:ModelSizes</c>) over the known sizes, the <c>hugging_face_id</c>,
/// the id and the name, in that order; a model none of them sizes stays unknown.
/// </summary>
public static class ModelSizeResolver
{
    public static IReadOnlyList<ModelInfo> Resolve(IReadOnlyList<ModelInfo> models, IReadOnlyList<ModelSizeOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(overrides);
        var sized = new List<ModelInfo>(models.Count);
        foreach (var model in models)
        {
            var size = SizeOf(model, overrides);
            sized.Add(size == model.Size ? model : model with { Size = size });
        }

        return sized;
    }

    public static ModelSize? SizeOf(ModelInfo model, IReadOnlyList<ModelSizeOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(overrides);
        var derived = model.Size is { Source: not ModelSizeSource.Configuration } given ? given : Derive(model);
        foreach (var row in overrides)
        {
            if (ModelIds.Matches(row.Model, model.Id))
            {
                return new ModelSize(row.ParametersBillions ?? derived?.TotalBillions, row.ActiveParametersBillions ?? derived?.ActiveBillions, ModelSizeSource.Configuration);
            }
        }

        return derived;
    }

    private static ModelSize? Derive(ModelInfo model) =>
        KnownModelSizes.TryGet(model.Id, out var known) ? known
        : Parse(model.HuggingFaceId, ModelSizeSource.HuggingFaceId)
            ?? Parse(model.Id, ModelSizeSource.ModelId)
            ?? Parse(model.Name, ModelSizeSource.Name);

    private static ModelSize? Parse(string? text, ModelSizeSource source) =>
        ModelSizeParser.TryParse(text, out var total, out var active) ? new ModelSize(total, active, source) : null;
}
