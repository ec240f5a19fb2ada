using AspireRouter.RouterCore.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Health;

/// <summary>Ready once the free pool is loaded (a router without one can only refuse); degraded while the pool is stale.</summary>
internal sealed class CatalogHealthCheck(CatalogStore catalog, IOptions<CatalogOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = catalog.Current;
        var result = snapshot.Count == 0 ? HealthCheckResult.Unhealthy("The free model catalog has not loaded yet.")
            : catalog.IsStale(time.GetUtcNow(), options.Value.StaleAfter)
                ? HealthCheckResult.Degraded($"The free pool ({snapshot.Count} models) dates from {snapshot.CreatedAt:O}: is HealthProbe running?")
                : HealthCheckResult.Healthy($"{snapshot.Count} free models in the pool.");
        return Task.FromResult(result);
    }
}
