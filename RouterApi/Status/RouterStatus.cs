namespace AspireRouter.RouterApi.Status;

/// <summary><c>GET /v1/router/status</c>: what this router serves from and what the pool looks like right now, for scripts and dashboards.</summary>
internal sealed record RouterStatus
{
    public bool Sandbox { get; init; }

    public int PoolSize { get; init; }

    public DateTimeOffset? CatalogRefreshedAt { get; init; }

    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Router replicas whose load is summed in <see cref="Models"/> (this one included).</summary>
    public int Replicas { get; init; }

    /// <summary>False when Redis was unreachable: the load is this replica's only.</summary>
    public bool LoadShared { get; init; }

    public required PoolCounts Pool { get; init; }

    public IReadOnlyList<ProviderStatus> Providers { get; init; } = [];

    public IReadOnlyList<CoolingModel> Cooling { get; init; } = [];

    /// <summary>Every pool model with its size, state and load, as in <c>/v1/models</c>.</summary>
    public IReadOnlyList<ModelEntry> Models { get; init; } = [];
}
