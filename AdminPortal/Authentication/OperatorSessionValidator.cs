using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>
/// Decides whether a signed-in session may go on: within its absolute lifetime, opened with the configured password, and
/// stamped with the operator's current session generation. The cookie check and open pages' revalidation both ask it.
/// </summary>
internal sealed class OperatorSessionValidator(
    SessionGenerationStore generations,
    AdminPasswordVerifier verifier,
    IOptions<AdminOptions> options,
    TimeProvider time)
{
    public async Task<SessionVerdict> ValidateAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return SessionVerdict.NotSignedIn;
        }

        if (!long.TryParse(user.FindFirstValue(SessionClaims.SignedInAt), NumberStyles.None, CultureInfo.InvariantCulture, out var signedInAt)
            || time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(signedInAt) >= options.Value.SessionLifetime)
        {
            return SessionVerdict.LifetimeOver;
        }

        if (!string.Equals(user.FindFirstValue(SessionClaims.PasswordFingerprint), verifier.Fingerprint, StringComparison.Ordinal))
        {
            return SessionVerdict.PasswordChanged;
        }

        var stamped = user.FindFirstValue(SessionClaims.Generation);
        return await generations.CurrentAsync(name).ConfigureAwait(false) switch
        {
            null => SessionVerdict.StoreUnreachable,
            SessionGenerationStore.None => SessionVerdict.SignedOut,
            var current when string.Equals(current, stamped, StringComparison.Ordinal) => SessionVerdict.Valid,
            _ => SessionVerdict.SignedOut,
        };
    }
}
