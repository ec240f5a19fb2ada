using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>Signs the operator in with a cookie when the password is right.</summary>
internal sealed class AdminSignIn(AdminPasswordVerifier verifier, ILogger<AdminSignIn> logger)
{
    public const string AdminName = "admin";

    public async Task<bool> TrySignInAsync(HttpContext context, string? password)
    {
        if (!verifier.Verify(password))
        {
            logger.LogWarning("Refused a sign-in with a wrong password from {RemoteAddress}", context.Connection.RemoteIpAddress);
            return false;
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, AdminName)], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return true;
    }
}
