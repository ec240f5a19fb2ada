using AspireRouter.RouterCore.Availability;

namespace AspireRouter.AdminPortal.Pool;

/// <summary>A model's availability as the portal shows it; <see cref="AvailabilityState.Unknown"/> until HealthProbe publishes one.</summary>
public sealed record ModelStatus(AvailabilityState State, DateTimeOffset? CoolingUntil, string? LastError)
{
    public static ModelStatus Unknown { get; } = new(AvailabilityState.Unknown, null, null);
}
