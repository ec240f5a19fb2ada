using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>The capabilities a provider's models really offer through the router: its wire format's, less the parameters it rejects.</summary>
internal static class CapabilityMask
{
    public static ModelCapabilities For(ProviderOptions provider, ParameterSupport support)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(support);
        // Embedding models are called through the provider's embeddings API, whatever its chat wire format carries.
        var mask = support.Capabilities | ModelCapabilities.Embeddings;
        if (Refuses(provider, support, "tools"))
        {
            mask &= ~(ModelCapabilities.Tools | ModelCapabilities.ToolChoice);
        }

        if (Refuses(provider, support, "tool_choice"))
        {
            mask &= ~ModelCapabilities.ToolChoice;
        }

        if (Refuses(provider, support, "response_format"))
        {
            mask &= ~(ModelCapabilities.ResponseFormat | ModelCapabilities.StructuredOutputs);
        }

        // Image models of a provider with its own image API are called through that API, not through its chat wire format.
        if (provider.Images.Api != ImageApi.Chat)
        {
            mask |= ModelCapabilities.ImageOutput;
        }
        else if (Refuses(provider, support, "modalities"))
        {
            mask &= ~ModelCapabilities.ImageOutput;
        }

        return mask;
    }

    private static bool Refuses(ProviderOptions provider, ParameterSupport support, string parameter) =>
        ParameterGuard.HandlingOf(provider, support, parameter) != ParameterHandling.Mapped;
}
