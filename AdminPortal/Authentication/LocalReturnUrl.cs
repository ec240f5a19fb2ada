namespace AspireRouter.AdminPortal.Authentication;

/// <summary>Where to go after signing in: only a path inside the portal, never another site.</summary>
internal static class LocalReturnUrl
{
    public static string Sanitize(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
