namespace AspireRouter.AdminPortal.Authentication;

/// <summary>How a sign-in attempt ended.</summary>
internal enum SignInOutcome
{
    SignedIn,
    WrongPassword,

    /// <summary>Refused without looking at the password: too many failures lately.</summary>
    Throttled,

    /// <summary>Refused without looking at the password: Redis, which keeps the session generation, is unreachable.</summary>
    StoreUnreachable,
}
