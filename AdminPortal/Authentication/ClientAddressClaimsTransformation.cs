using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>
/// Adds the request's client address to the signed-in operator, so that an open page (whose principal comes from the request
/// that opened its circuit) knows where its changes come from. Per request only: the cookie never carries it.
/// </summary>
internal sealed class ClientAddressClaimsTransformation(IHttpContextAccessor accessor) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } || accessor.HttpContext?.Connection.RemoteIpAddress is not { } address)
        {
            return Task.FromResult(principal);
        }

        // A copy of each identity (ClaimsPrincipal.Clone shares them), so the principal the cookie handler keeps is never touched.
        var transformed = new ClaimsPrincipal(principal.Identities.Select(identity => identity.Clone()));
        var identity = (ClaimsIdentity)transformed.Identity!;
        foreach (var stale in identity.FindAll(SessionClaims.ClientAddress).ToList())
        {
            identity.RemoveClaim(stale);
        }

        identity.AddClaim(new Claim(SessionClaims.ClientAddress, (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()));
        return Task.FromResult(transformed);
    }
}
