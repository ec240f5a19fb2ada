namespace AspireRouter.RouterCore.State;

/// <summary>Field names of an <c>ar:health:{modelId}</c> hash.</summary>
public static class HealthFields
{
    public const string State = "state";
    public const string SuccessRate = "successRate";
    public const string LatencyMs = "latencyMs";
    public const string CooldownUntil = "cooldownUntil";
    public const string LastError = "lastError";
    public const string UpdatedAt = "updatedAt";
}
