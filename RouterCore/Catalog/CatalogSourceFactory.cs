using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>Builds one <see cref="ICatalogSource"/> per provider that serves; says once, in the log, why each other one is skipped.</summary>
internal sealed partial class CatalogSourceFactory(
    IOptions<ProvidersOptions> providers,
    IOptions<CatalogOptions> catalog,
    UpstreamClient upstream,
    ProviderAdapters adapters,
    ILogger<CatalogSourceFactory> logger)
{
    private readonly ModelListFetcher _fetcher = new(upstream, catalog.Value.MaxBodyBytes);

    public IReadOnlyList<ICatalogSource> CreateAll()
    {
        var sources = new List<ICatalogSource>();
        foreach (var provider in providers.Value.All)
        {
            if (provider.SkipReason is { } reason)
            {
                LogSkipped(provider.Name, reason);
                continue;
            }

            sources.Add(new ProviderCatalogSource(provider, ListOf(provider), adapters.For(provider).Parameters));
        }

        return sources;
    }

    private ICatalogSource? ListOf(ProviderOptions provider) => provider.CatalogSource switch
    {
        CatalogSourceKind.OpenRouter => new OpenRouterCatalogSource(_fetcher, provider.Name, provider.BaseUrl),
        CatalogSourceKind.OpenAiModels => new OpenAiModelsCatalogSource(_fetcher, provider),
        _ => null,
    };

    [LoggerMessage(1, LogLevel.Information, "Provider {Provider} is skipped: {Reason}")]
    private partial void LogSkipped(string provider, string reason);
}
