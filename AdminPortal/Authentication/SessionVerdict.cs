namespace AspireRouter.AdminPortal.Authentication;

/// <summary>Whether a portal session may go on, and if not, why.</summary>
internal enum SessionVerdict
{
    Valid,
    NotSignedIn,
    LifetimeOver,
    PasswordChanged,
    SignedOut,
    StoreUnreachable,
}
