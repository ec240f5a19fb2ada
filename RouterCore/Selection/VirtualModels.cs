using System.Collections.Frozen;
using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Selection;

/// <summary>Model names that mean "the free pool", some with extra requirements (<c>free:tools</c> only picks models with tools).</summary>
public static class VirtualModels
{
    public const string Free = "free";
    public const string OpenRouterFree = "openrouter/free";
    public const string FreeTools = "free:tools";
    public const string FreeVision = "free:vision";
    public const string FreeJson = "free:json";
    public const string FreeImage = "free:image";

    /// <summary>An embedding model, picked once per request: embeddings never fall back to another model.</summary>
    public const string FreeEmbedding = "free:embedding";
    public const string FreeLarge = "free:large";
    public const string FreeFast = "free:fast";
    public const string FreeLong = "free:long";

    private static readonly FrozenDictionary<string, ModelCapabilities> Additions = new Dictionary<string, ModelCapabilities>
    {
        [Free] = ModelCapabilities.None,
        [OpenRouterFree] = ModelCapabilities.None,
        [FreeTools] = ModelCapabilities.Tools,
        [FreeVision] = ModelCapabilities.Vision,
        [FreeJson] = ModelCapabilities.ResponseFormat,
        [FreeImage] = ModelCapabilities.ImageOutput,
        [FreeEmbedding] = ModelCapabilities.Embeddings,

        // Presets of routing hints (RoutingPresets): no capability of their own.
        [FreeLarge] = ModelCapabilities.None,
        [FreeFast] = ModelCapabilities.None,
        [FreeLong] = ModelCapabilities.None,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Names => Additions.Keys;

    /// <summary>Whether <paramref name="model"/> names the pool, and what it adds to the request's own requirements.</summary>
    public static bool TryGetAdditions(string? model, out ModelCapabilities additions)
    {
        additions = ModelCapabilities.None;
        return model is not null && Additions.TryGetValue(model, out additions);
    }
}
