using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>Signs the operator in with a cookie when the password is right, unless the client is throttled; signs every session out.</summary>
internal sealed partial class AdminSignIn(
    AdminPasswordVerifier verifier,
    SignInThrottle throttle,
    SessionGenerationStore generations,
    TimeProvider time,
    ILogger<AdminSignIn> logger)
{
    public const string AdminName = "admin";

    public async Task<SignInResult> TrySignInAsync(HttpContext context, string? password)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        var retryAfter = throttle.RetryAfter(address);
        if (retryAfter > TimeSpan.Zero)
        {
            LogThrottled(logger, address, Math.Ceiling(retryAfter.TotalSeconds));
            return new SignInResult(SignInOutcome.Throttled, retryAfter);
        }

        var generation = await generations.ForSignInAsync(AdminName);
        if (generation is null)
        {
            LogStoreUnreachable(logger, address);
            return new SignInResult(SignInOutcome.StoreUnreachable);
        }

        if (!verifier.Verify(password))
        {
            throttle.RecordFailure(address);
            LogWrongPassword(logger, address);
            return new SignInResult(SignInOutcome.WrongPassword);
        }

        throttle.RecordSuccess(address);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, AdminName),
                new Claim(SessionClaims.Generation, generation),
                new Claim(SessionClaims.SignedInAt, time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
                new Claim(SessionClaims.PasswordFingerprint, verifier.Fingerprint),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        LogSignedIn(logger, address);
        return new SignInResult(SignInOutcome.SignedIn);
    }

    /// <summary>Ends the operator's sessions everywhere (other tabs, browsers and replicas), then this browser's cookie.</summary>
    public async Task SignOutEverywhereAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.Name is { } name)
        {
            await generations.EndAllAsync(name);
            LogSignedOut(logger, name, context.Connection.RemoteIpAddress);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a sign-in with a wrong password from {RemoteAddress}")]
    private static partial void LogWrongPassword(ILogger logger, IPAddress? remoteAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a sign-in from {RemoteAddress} without checking it: too many failed sign-ins, retry in {RetryAfterSeconds} s")]
    private static partial void LogThrottled(ILogger logger, IPAddress? remoteAddress, double retryAfterSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refused a sign-in from {RemoteAddress}: Redis, which keeps the session generation, is unreachable")]
    private static partial void LogStoreUnreachable(ILogger logger, IPAddress? remoteAddress);

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator signed in from {RemoteAddress}")]
    private static partial void LogSignedIn(ILogger logger, IPAddress? remoteAddress);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Operator} signed out from {RemoteAddress}, ending all of their sessions")]
    private static partial void LogSignedOut(ILogger logger, string @operator, IPAddress? remoteAddress);
}
