namespace AspireRouter.RouterCore.Providers;

/// <summary>Where a provider's model list comes from; the <c>Models</c> of its configuration are added to any of them.</summary>
public enum CatalogSourceKind
{
    /// <summary>OpenRouter's <c>GET {baseUrl}/models</c>, with pricing, modalities and supported parameters.</summary>
    OpenRouter,

    /// <summary>Only the <c>Models</c> listed in the provider's configuration.</summary>
    Static,

    /// <summary>An OpenAI-style <c>GET {baseUrl}/models</c> (ids, sometimes context windows; no prices), kept by the provider's free rule.</summary>
    OpenAiModels,
}
