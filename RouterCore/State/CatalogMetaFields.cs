namespace AspireRouter.RouterCore.State;

/// <summary>Field names of the <c>ar:catalog:meta</c> hash.</summary>
public static class CatalogMetaFields
{
    public const string Source = "source";
    public const string FetchedAt = "fetchedAt";
}
