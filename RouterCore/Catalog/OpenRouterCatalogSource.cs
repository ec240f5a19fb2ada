namespace AspireRouter.RouterCore.Catalog;

/// <summary>Reads OpenRouter's public <c>GET {baseUrl}/models</c> of text and image models (no key needed).</summary>
internal sealed class OpenRouterCatalogSource(IHttpClientFactory httpClients, string provider, string baseUrl) : ICatalogSource
{
    // Without output_modalities OpenRouter lists text-output models only, leaving out image-only generators.
    private readonly Uri _modelsUri = new(baseUrl.TrimEnd('/') + "/models?output_modalities=text,image");

    public string Provider => provider;

    public async Task<IReadOnlyList<ModelInfo>> FetchAsync(CancellationToken cancellationToken)
    {
        using var http = httpClients.CreateClient(CatalogSourceFactory.HttpClientName);
        using var response = await http.GetAsync(_modelsUri, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return OpenRouterCatalogParser.Parse(body, provider);
    }
}
