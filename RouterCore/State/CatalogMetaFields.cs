namespace AspireRouter.RouterCore.State;

/// <summary>Field names of the <c>ar:catalog:meta</c> hash.</summary>
public static class CatalogMetaFields
{
    public const string Source = "source";
    public const string FetchedAt = "fetchedAt";

    /// <summary><c>true</c> when the pool was fetched from simulated providers (the sandbox), else <c>false</c>.</summary>
    public const string Sandbox = "sandbox";
}
