using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>Builds one <see cref="ICatalogSource"/> per configured provider.</summary>
internal sealed class CatalogSourceFactory(IOptions<ProvidersOptions> providers, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "catalog";

    public IReadOnlyList<ICatalogSource> CreateAll() => [.. providers.Value.All.Select(Create)];

    private ICatalogSource Create(ProviderOptions provider) => provider.CatalogSource switch
    {
        CatalogSourceKind.Static => new StaticCatalogSource(provider),
        _ => new OpenRouterCatalogSource(httpClients, provider.Name, provider.BaseUrl),
    };
}
