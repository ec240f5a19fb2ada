using AspireRouter.AdminPortal.Authentication;
using Microsoft.AspNetCore.Components.Authorization;

namespace AspireRouter.AdminPortal.Tests.Authentication;

/// <summary>An open page (a Blazor circuit) rechecks its session every interval and loses its operator once the session ended.</summary>
public sealed class SessionRevalidatingStateProviderTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task SigningOutElsewhere_SignsTheOpenPageOut_AtItsNextRevalidation()
    {
        await using var services = await SessionServices.StartAsync();
        using var page = services.CreateRevalidatingProvider();
        page.SetAuthenticationState(Task.FromResult(new AuthenticationState(await services.SignInAsync())));
        var changed = NextChange(page);

        Assert.True(await services.Generations.EndAllAsync(AdminSignIn.AdminName));
        services.Time.Advance(services.Options.RevalidationInterval);

        var state = await (await changed.WaitAsync(Patience, Xunit.TestContext.Current.CancellationToken));
        Assert.False(state.User.Identity?.IsAuthenticated);
        Assert.False((await page.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task AnOpenPage_IsSignedOut_WhenItsSessionLifetimeIsOver()
    {
        await using var services = await SessionServices.StartAsync();
        using var page = services.CreateRevalidatingProvider();
        page.SetAuthenticationState(Task.FromResult(new AuthenticationState(await services.SignInAsync())));
        var changed = NextChange(page);

        services.Time.Advance(services.Options.SessionLifetime);

        var state = await (await changed.WaitAsync(Patience, Xunit.TestContext.Current.CancellationToken));
        Assert.False(state.User.Identity?.IsAuthenticated);
    }

    private static Task<Task<AuthenticationState>> NextChange(AuthenticationStateProvider provider)
    {
        var changed = new TaskCompletionSource<Task<AuthenticationState>>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.AuthenticationStateChanged += state => changed.TrySetResult(state);
        return changed.Task;
    }
}
