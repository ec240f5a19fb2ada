namespace AspireRouter.RouterCore.Catalog;

/// <summary>Holds the current <see cref="CatalogSnapshot"/>; readers never lock, writers swap the whole snapshot.</summary>
public sealed class CatalogStore
{
    private CatalogSnapshot _current = CatalogSnapshot.Empty;

    public CatalogSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot became current (e.g. for HealthProbe to publish it).</summary>
    public event Action<CatalogSnapshot>? Replaced;

    /// <summary>Makes <paramref name="snapshot"/> current and returns the one it replaced.</summary>
    public CatalogSnapshot Replace(CatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var previous = Interlocked.Exchange(ref _current, snapshot);
        Replaced?.Invoke(snapshot);
        return previous;
    }

    /// <summary>Whether the current pool is missing or older than <paramref name="staleAfter"/>.</summary>
    public bool IsStale(DateTimeOffset now, TimeSpan staleAfter)
    {
        var current = Current;
        return current.Count == 0 || now - current.CreatedAt > staleAfter;
    }
}
