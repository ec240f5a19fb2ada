namespace AspireRouter.RouterApi.Apis;

/// <summary><c>GET /v1/router/status</c>: what this router serves from, for scripts and dashboards.</summary>
internal sealed record RouterStatus(bool Sandbox, int PoolSize, DateTimeOffset? CatalogRefreshedAt, IReadOnlyList<ProviderStatus> Providers);
