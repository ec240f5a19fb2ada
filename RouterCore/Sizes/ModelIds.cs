namespace AspireRouter.RouterCore.Sizes;

/// <summary>Model id spellings the size tables match on.</summary>
internal static class ModelIds
{
    /// <summary>The id without OpenRouter's variant suffix: <c>openai/gpt-oss-120b:free</c> → <c>openai/gpt-oss-120b</c>.</summary>
    public static string WithoutVariant(string modelId)
    {
        var colon = modelId.LastIndexOf(':');
        return colon > 0 ? modelId[..colon] : modelId;
    }

    public static bool Matches(string pattern, string modelId) =>
        string.Equals(pattern, modelId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(pattern, WithoutVariant(modelId), StringComparison.OrdinalIgnoreCase);
}
