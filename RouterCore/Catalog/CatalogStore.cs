namespace AspireRouter.RouterCore.Catalog;

/// <summary>Holds the current <see cref="CatalogSnapshot"/>; readers never lock, writers swap the whole snapshot.</summary>
public sealed class CatalogStore
{
    private CatalogSnapshot _current = CatalogSnapshot.Empty;

    public CatalogSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="snapshot"/> current and returns the one it replaced.</summary>
    public CatalogSnapshot Replace(CatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Interlocked.Exchange(ref _current, snapshot);
    }
}
