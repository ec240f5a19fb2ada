using AspireRouter.RouterCore.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AspireRouter.HealthProbe.Health;

/// <summary>HealthProbe is ready once it has loaded a catalog it can publish.</summary>
internal sealed class CatalogLoadedHealthCheck(CatalogStore catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.Current.Count > 0
            ? HealthCheckResult.Healthy($"{catalog.Current.Count} free models loaded.")
            : HealthCheckResult.Unhealthy("No catalog loaded yet."));
}
