using AspireRouter.RouterCore.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AspireRouter.RouterApi.Health;

/// <summary>Ready once the free pool is loaded: a router without a catalog can only refuse requests.</summary>
internal sealed class CatalogHealthCheck(CatalogStore catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = catalog.Current;
        return Task.FromResult(snapshot.Count > 0
            ? HealthCheckResult.Healthy($"{snapshot.Count} free models in the pool.")
            : HealthCheckResult.Unhealthy("The free model catalog has not loaded yet."));
    }
}
