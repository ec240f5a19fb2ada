namespace AspireRouter.RouterCore.Catalog;

/// <summary>Derives <see cref="ModelCapabilities"/> from a catalog's supported parameter names and modalities.</summary>
internal static class ModelCapabilitiesMapper
{
    public static ModelCapabilities From(
        IReadOnlyList<string> supportedParameters,
        IReadOnlyList<string> inputModalities,
        IReadOnlyList<string> outputModalities)
    {
        var capabilities = ModelCapabilities.None;
        foreach (var parameter in supportedParameters)
        {
            capabilities |= parameter switch
            {
                "tools" => ModelCapabilities.Tools,
                "tool_choice" => ModelCapabilities.ToolChoice,
                "response_format" => ModelCapabilities.ResponseFormat,
                "structured_outputs" => ModelCapabilities.StructuredOutputs,
                "reasoning" or "include_reasoning" or "reasoning_effort" => ModelCapabilities.Reasoning,
                _ => ModelCapabilities.None,
            };
        }

        if (Contains(inputModalities, Modalities.Image))
        {
            capabilities |= ModelCapabilities.Vision;
        }

        if (Contains(outputModalities, Modalities.Image))
        {
            capabilities |= ModelCapabilities.ImageOutput;
        }

        if (Contains(outputModalities, Modalities.Embeddings))
        {
            capabilities |= ModelCapabilities.Embeddings;
        }

        if (Contains(outputModalities, Modalities.Text))
        {
            capabilities |= ModelCapabilities.TextOutput;
        }

        return capabilities;
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (var item in values)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
