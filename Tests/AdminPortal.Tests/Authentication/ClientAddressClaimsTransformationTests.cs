using System.Net;
using System.Security.Claims;
using AspireRouter.AdminPortal.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Components.Authorization;

namespace AspireRouter.AdminPortal.Tests.Authentication;

public sealed class ClientAddressClaimsTransformationTests
{
    [Fact]
    public async Task TheSignedInOperator_CarriesTheRequestsAddress_IntoTheAuditActor()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("::ffff:198.51.100.7");
        var transformation = new ClientAddressClaimsTransformation(new HttpContextAccessor { HttpContext = context });
        var stale = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(SessionClaims.ClientAddress, "192.0.2.1")], "cookie"));

        var user = await transformation.TransformAsync(stale);
        var actor = await new OperatorIdentity(new FixedAuthenticationState(user)).ActorAsync();

        Assert.Equal(new RouterCore.State.AuditActor("admin", "198.51.100.7"), actor);
        Assert.Equal("192.0.2.1", stale.FindFirstValue(SessionClaims.ClientAddress));
    }

    [Fact]
    public async Task AnAnonymousUser_IsLeftAlone()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.7");
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        var user = await new ClientAddressClaimsTransformation(new HttpContextAccessor { HttpContext = context }).TransformAsync(anonymous);

        Assert.Same(anonymous, user);
    }

    private sealed class FixedAuthenticationState(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
