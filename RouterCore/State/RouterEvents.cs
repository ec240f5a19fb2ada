namespace AspireRouter.RouterCore.State;

/// <summary>The messages published on <see cref="RedisKeys.Events"/>.</summary>
public static class RouterEvents
{
    /// <summary>The routing policy (weights, blocklist, settings) changed: reload it.</summary>
    public const string Policy = "policy";

    /// <summary>Client keys were created or revoked.</summary>
    public const string Keys = "keys";

    /// <summary>The published catalog changed.</summary>
    public const string Catalog = "catalog";

    /// <summary>A scope was marked gone or came back (<see cref="RedisKeys.Gone"/>).</summary>
    public const string Gone = "gone";

    public const string HealthPrefix = "health:";
    public const string ProbePrefix = "probe:";

    /// <summary>A model's health record changed.</summary>
    public static string Health(string modelId) => HealthPrefix + modelId;

    /// <summary>An operator asks HealthProbe to probe a model now.</summary>
    public static string Probe(string modelId) => ProbePrefix + modelId;
}
