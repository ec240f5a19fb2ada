using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>Checks the session behind every request's cookie and drops a cookie whose session has ended.</summary>
internal sealed partial class AdminCookieEvents(OperatorSessionValidator validator, ILogger<AdminCookieEvents> logger) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var verdict = await validator.ValidateAsync(context.Principal!);
        if (verdict == SessionVerdict.Valid)
        {
            return;
        }

        LogRejected(logger, verdict, context.HttpContext.Connection.RemoteIpAddress?.ToString());
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ended a portal session from {RemoteAddress}: {Verdict}")]
    private static partial void LogRejected(ILogger logger, SessionVerdict verdict, string? remoteAddress);
}
