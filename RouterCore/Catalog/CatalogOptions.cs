using AspireRouter.RouterCore.Sizes;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>The <c>Catalog</c> configuration section.</summary>
public sealed record CatalogOptions
{
    public const string SectionName = "Catalog";

    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary><see cref="CatalogRefreshMode.Own"/> fetches on the schedule; <see cref="CatalogRefreshMode.Follow"/> fetches only when the pool is stale.</summary>
    public CatalogRefreshMode Mode { get; init; } = CatalogRefreshMode.Own;

    /// <summary>Model sizes the operator states, overriding or filling in what the catalog's names say.</summary>
    public IReadOnlyList<ModelSizeOverride> ModelSizes { get; init; } = [];

    /// <summary>The largest model list read from a provider (OpenRouter's is about 0.5 MB); a larger one fails that provider's fetch.</summary>
    public int MaxBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>A pool older than this is stale: a follower fetches it itself, and health reports degraded.</summary>
    public TimeSpan StaleAfter => RefreshInterval * 3;
}
