namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// The <c>Availability:Gone</c> section: when a provider key whose free tier died (every answer 401/402/403/404/410, or "no
/// longer free", "decommissioned") is marked gone, and how rarely it is tried again.
/// </summary>
public sealed record GoneOptions
{
    /// <summary>How long the refusals must go on, with no success in between, before the key is gone.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How many refusals that run needs at least, so a quiet provider is not judged on one or two answers.</summary>
    public int MinFailures { get; init; } = 5;

    /// <summary>A gone key gets one real request (or HealthProbe's probe) this often per replica; a success brings it back.</summary>
    public TimeSpan ProbeInterval { get; init; } = TimeSpan.FromHours(1);
}
