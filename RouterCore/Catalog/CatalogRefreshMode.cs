namespace AspireRouter.RouterCore.Catalog;

/// <summary>Who keeps a process's free pool fresh.</summary>
public enum CatalogRefreshMode
{
    /// <summary>This process fetches every provider's catalog on the schedule (HealthProbe, or a router on its own).</summary>
    Own,

    /// <summary>
    /// Another process publishes the pool through Redis (HealthProbe); this one fetches itself only when it has none,
    /// or the published one has grown stale.
    /// </summary>
    Follow,
}
