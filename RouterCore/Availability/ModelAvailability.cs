namespace AspireRouter.RouterCore.Availability;

/// <summary>A model's availability at one instant, for the portal, probes and <c>ar:health:{modelId}</c>.</summary>
public readonly record struct ModelAvailability(
    AvailabilityState State,
    DateTimeOffset? CoolingUntil,
    double HealthScore,
    double SuccessRate,
    double? LatencyMs,
    string? LastError)
{
    public static ModelAvailability Unknown { get; } = new(AvailabilityState.Unknown, null, 1, 1, null, null);
}
