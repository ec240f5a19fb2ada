namespace AspireRouter.AdminPortal.Authentication;

/// <summary>
/// The <c>Admin:SignInThrottle</c> section: how failed sign-ins slow down guessing. Kept in each portal replica's memory,
/// so with several replicas each one throttles on its own.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Admin:SignInThrottle";

    /// <summary>Failures from one address, within <see cref="FailureWindow"/>, before its attempts are refused.</summary>
    public int FailuresBeforeLockout { get; set; } = 5;

    /// <summary>An address's failures are forgotten this long after its last one.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The first lockout; each further failure doubles it, up to <see cref="MaxLockout"/>.</summary>
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures per minute from all addresses together before every attempt is refused for the rest of that minute.</summary>
    public int GlobalFailuresPerMinute { get; set; } = 30;
}
