namespace AspireRouter.RouterCore.Catalog;

/// <summary>Lists the models one provider offers (all of them; the refresh keeps the free pool).</summary>
public interface ICatalogSource
{
    string Provider { get; }

    Task<IReadOnlyList<ModelInfo>> FetchAsync(CancellationToken cancellationToken);
}
