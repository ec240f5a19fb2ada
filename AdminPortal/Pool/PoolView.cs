namespace AspireRouter.AdminPortal.Pool;

/// <summary>The pool as the Models page shows it, and where the catalog came from.</summary>
public sealed record PoolView(IReadOnlyList<ModelRow> Rows, string CatalogSource, DateTimeOffset? FetchedAt)
{
    public static PoolView Empty { get; } = new([], "", null);
}
