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
        return new ModelInfo
        {
            Id = publicId,
            Provider = provider.Name,
            UpstreamId = upstreamId,
            Name = model.Name ?? publicId,
            Family = model.Family,
            ContextLength = model.ContextLength,
            InputModalities = model.InputModalities,
            OutputModalities = model.OutputModalities,
            Capabilities = ModelCapabilitiesMapper.From(model.SupportedParameters, model.InputModalities, model.OutputModalities),
            SupportedParameters = model.SupportedParameters,
            MaxCompletionTokens = model.MaxCompletionTokens,
        };
    }
}
