using Microsoft.AspNetCore.Components.Authorization;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>The signed-in operator's name, written into audit lines.</summary>
internal sealed class OperatorIdentity(AuthenticationStateProvider authentication)
{
    public async Task<string> NameAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.Identity?.Name ?? "unknown";
    }
}
