using System.Globalization;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>Decides which catalog models belong in the free pool.</summary>
public static class FreeModelFilter
{
    private const string MetaRouterPrefix = "openrouter/";

    /// <summary>Free, not a meta-router, and producing text (chat pool), images (image pool) or vectors (embedding pool), never audio or video.</summary>
    public static bool IsPoolable(ModelInfo model) =>
        IsFree(model)
        && !IsMetaRouter(model)
        && (model.Capabilities & (ModelCapabilities.TextOutput | ModelCapabilities.ImageOutput | ModelCapabilities.Embeddings)) != 0
        && !MakesAudioOrVideo(model);

    // Music and video generators (e.g. Google's Lyria, "text"+"audio" out) would answer a chat with a media clip.
    private static bool MakesAudioOrVideo(ModelInfo model)
    {
        foreach (var modality in model.OutputModalities)
        {
            if (modality is "audio" or "video")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every listed price is exactly zero; a missing price counts as free, a negative or unparseable one never does.</summary>
    public static bool IsFree(ModelInfo model)
    {
        foreach (var price in model.Pricing.Values)
        {
            if (!decimal.TryParse(price, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value != 0m)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>OpenRouter's own routers (<c>openrouter/auto</c>, <c>openrouter/free</c>, ...) pick a model themselves.</summary>
    public static bool IsMetaRouter(ModelInfo model) =>
        model.UpstreamId.StartsWith(MetaRouterPrefix, StringComparison.Ordinal)
        || model.Id.StartsWith(MetaRouterPrefix, StringComparison.Ordinal);

    public static IReadOnlyList<ModelInfo> Apply(IEnumerable<ModelInfo> models)
    {
        var pool = new List<ModelInfo>();
        foreach (var model in models)
        {
            if (IsPoolable(model))
            {
                pool.Add(model);
            }
        }

        return pool;
    }
}
