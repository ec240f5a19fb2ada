using System.Security.Claims;
using AspireRouter.RouterCore.State;
using Microsoft.AspNetCore.Components.Authorization;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>The signed-in operator and the client address they work from, written into audit lines.</summary>
internal sealed class OperatorIdentity(AuthenticationStateProvider authentication)
{
    public async Task<AuditActor> ActorAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return new AuditActor(user.Identity?.Name ?? "unknown", user.FindFirstValue(SessionClaims.ClientAddress));
    }
}
