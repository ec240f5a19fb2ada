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
    /// <summary>Median time to first token over the recent successes.</summary>
    public double? LatencyP50Ms { get; init; }

    /// <summary>Output tokens per second of streamed answers (moving average).</summary>
    public double? TokensPerSecond { get; init; }

    public static ModelAvailability Unknown { get; } = new(AvailabilityState.Unknown, null, 1, 1, null, null);
}
