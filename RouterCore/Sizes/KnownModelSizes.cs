using System.Collections.Frozen;

namespace AspireRouter.RouterCore.Sizes;

/// <summary>
/// Sizes their publishers state for models whose names do not (or round them): mixtures of experts mostly. Keyed by model id
/// without its variant; <c>Catalog:ModelSizes</c> overrides any of them.
/// </summary>
internal static class KnownModelSizes
{
    private static readonly FrozenDictionary<string, (double Total, double Active)> Sizes = new Dictionary<string, (double, double)>
    {
        ["openai/gpt-oss-120b"] = (117, 5.1),
        ["openai/gpt-oss-20b"] = (21, 3.6),
        ["z-ai/glm-4.5"] = (355, 32),
        ["z-ai/glm-4.5-air"] = (106, 12),
        ["mistralai/mixtral-8x7b-instruct"] = (46.7, 12.9),
        ["mistralai/mixtral-8x22b-instruct"] = (141, 39),
        ["meta-llama/llama-4-scout"] = (109, 17),
        ["meta-llama/llama-4-maverick"] = (400, 17),
        ["deepseek/deepseek-chat"] = (671, 37),
        ["deepseek/deepseek-chat-v3-0324"] = (671, 37),
        ["deepseek/deepseek-chat-v3.1"] = (671, 37),
        ["deepseek/deepseek-r1"] = (671, 37),
        ["deepseek/deepseek-r1-0528"] = (671, 37),
        ["moonshotai/kimi-k2"] = (1000, 32),
        ["moonshotai/kimi-k2-0905"] = (1000, 32),
        ["minimax/minimax-m2"] = (230, 10),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string modelId, out ModelSize size)
    {
        var found = Sizes.TryGetValue(ModelIds.WithoutVariant(modelId), out var known);
        size = new ModelSize(known.Total, known.Active, ModelSizeSource.Known);
        return found;
    }
}
