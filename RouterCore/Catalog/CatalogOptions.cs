namespace AspireRouter.RouterCore.Catalog;

/// <summary>The <c>Catalog</c> configuration section.</summary>
public sealed record CatalogOptions
{
    public const string SectionName = "Catalog";

    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMinutes(10);
}
