using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>The models a provider's configuration lists, as the router sees them.</summary>
internal static class StaticModels
{
    public static ModelInfo ToModelInfo(StaticModelOptions model, ProviderOptions provider)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(provider);
        var (publicId, upstreamId) = model.IdsAt(provider);
        var input = Modalities.OrText(model.InputModalities);
        var output = Modalities.OrText(model.OutputModalities);
        return new ModelInfo
        {
            Id = publicId,
            Provider = provider.Name,
            UpstreamId = upstreamId,
            Name = model.Name ?? publicId,
            Family = model.Family,
            ContextLength = model.ContextLength,
            InputModalities = input,
            OutputModalities = output,
            Capabilities = ModelCapabilitiesMapper.From(model.SupportedParameters, input, output),
            SupportedParameters = model.SupportedParameters,
            MaxCompletionTokens = model.MaxCompletionTokens,
            Dimensions = model.Dimensions,
            MinDimensions = model.MinDimensions,
            MaxInputs = model.MaxInputs,
        };
    }
}
