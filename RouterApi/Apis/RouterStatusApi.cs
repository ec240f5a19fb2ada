using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Apis;

internal static class RouterStatusApi
{
    public static RouteGroupBuilder MapRouterStatusApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/router/status", (CatalogStore catalog, IOptions<ProvidersOptions> providers, IOptions<RouterApiOptions> options) =>
        {
            var snapshot = catalog.Current;
            var statuses = new List<ProviderStatus>();
            foreach (var provider in providers.Value.All)
            {
                var models = 0;
                foreach (var model in snapshot.Models)
                {
                    models += model.Provider == provider.Name ? 1 : 0;
                }

                statuses.Add(new ProviderStatus(provider.Name, provider.Kind, provider.BaseUrl, !string.IsNullOrEmpty(provider.ApiKey), [.. provider.Headers.Keys], models));
            }

            var refreshedAt = snapshot.Count == 0 ? (DateTimeOffset?)null : snapshot.CreatedAt;
            return TypedResults.Json(new RouterStatus(options.Value.Sandbox, snapshot.Count, refreshedAt, statuses), RouterApiJsonContext.Default.RouterStatus);
        });
        return v1;
    }
}
