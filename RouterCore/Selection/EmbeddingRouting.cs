using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// What <see cref="RoutePlanner"/> needs to route an embeddings request. Vectors of different models cannot be compared, so a
/// request routes to one model only: the model named, or served by any provider of its family, never another model.
/// </summary>
public static class EmbeddingRouting
{
    public static RequestRequirements Requirements { get; } = new(ModelCapabilities.Embeddings, 0);

    /// <summary>The requirements of a request that <paramref name="deniedProviders"/> cannot serve (e.g. they take no token arrays).</summary>
    public static RequestRequirements Without(IReadOnlyList<string> deniedProviders)
    {
        ArgumentNullException.ThrowIfNull(deniedProviders);
        return deniedProviders.Count == 0 ? Requirements : Requirements with { Hints = new RoutingHints { DenyProviders = deniedProviders } };
    }

    /// <summary>The pool of embedding models, for picking one (<see cref="VirtualModels.FreeEmbedding"/>).</summary>
    public static ChatRequest Pool { get; } = new() { Model = VirtualModels.FreeEmbedding, WantsTextOutput = false };

    /// <summary>Exactly <paramref name="model"/> (with its family): no fallback to the pool.</summary>
    public static ChatRequest To(string model) => new() { Model = model, WantsTextOutput = false, AllowFallbacks = false };
}
