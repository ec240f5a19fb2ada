namespace AspireRouter.RouterCore.Catalog;

/// <summary>Reads OpenRouter's public <c>GET {baseUrl}/models</c> of text and image models (no key needed).</summary>
internal sealed class OpenRouterCatalogSource(ModelListFetcher fetcher, string provider, string baseUrl) : ICatalogSource
{
    // Without output_modalities OpenRouter lists text-output models only, leaving out image-only generators.
    private readonly Uri _modelsUri = new(baseUrl.TrimEnd('/') + "/models?output_modalities=text,image");

    public string Provider => provider;

    public async Task<IReadOnlyList<ModelInfo>> FetchAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _modelsUri);
        using var body = await fetcher.FetchAsync(request, provider, cancellationToken).ConfigureAwait(false);
        return OpenRouterCatalogParser.Parse(body.WrittenSpan, provider);
    }
}
