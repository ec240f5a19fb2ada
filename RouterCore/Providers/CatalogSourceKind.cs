namespace AspireRouter.RouterCore.Providers;

/// <summary>Where a provider's model list comes from.</summary>
public enum CatalogSourceKind
{
    /// <summary>OpenRouter's <c>GET {baseUrl}/models</c>, with pricing, modalities and supported parameters.</summary>
    OpenRouter,

    /// <summary>The <c>Models</c> listed in the provider's configuration.</summary>
    Static,
}
