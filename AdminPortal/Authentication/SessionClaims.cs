namespace AspireRouter.AdminPortal.Authentication;

/// <summary>The claims a portal session carries besides the operator's name.</summary>
internal static class SessionClaims
{
    /// <summary>The session generation stamped at sign-in (see <see cref="SessionGenerationStore"/>).</summary>
    public const string Generation = "ar:session-generation";

    /// <summary>When the operator signed in, in Unix seconds: the session ends <see cref="AdminOptions.SessionLifetime"/> later.</summary>
    public const string SignedInAt = "ar:signed-in-at";

    /// <summary>A one-way fingerprint of the password the session was opened with: changing the password ends the session.</summary>
    public const string PasswordFingerprint = "ar:password-fingerprint";

    /// <summary>The client address of the current request (added per request, never stored in the cookie).</summary>
    public const string ClientAddress = "ar:client-address";
}
