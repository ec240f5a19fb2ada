namespace AspireRouter.RouterCore.Availability;

public enum AvailabilityState
{
    /// <summary>No outcome recorded yet; selectable.</summary>
    Unknown,
    Available,

    /// <summary>Selectable, but failing often or on trial after its circuit opened.</summary>
    Degraded,

    /// <summary>Not selectable until <see cref="ModelAvailability.CoolingUntil"/> (rate limit, quota, backoff).</summary>
    Cooling,

    /// <summary>Circuit open: not selectable until the break ends.</summary>
    Down,
}
