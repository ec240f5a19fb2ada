namespace AspireRouter.RouterCore.State;

/// <summary>Every Redis key and channel name the services share, in one place (prefix <c>ar:</c>).</summary>
public static class RedisKeys
{
    public const string Prefix = "ar:";
    public const string Catalog = Prefix + "catalog";
    public const string CatalogMeta = Prefix + "catalog:meta";
    public const string Policy = Prefix + "policy";
    public const string Blocked = Prefix + "blocked";
    public const string Requests = Prefix + "requests";
    public const string Keys = Prefix + "keys";
    public const string Events = Prefix + "events";

    /// <summary>Written by each service at start so operators (and tests) can see who shares this store.</summary>
    public const string Services = Prefix + "services";

    public static string Health(string modelId) => Prefix + "health:" + modelId;

    public static string Quota(string provider, string window) => Prefix + "quota:" + provider + ":" + window;
}
