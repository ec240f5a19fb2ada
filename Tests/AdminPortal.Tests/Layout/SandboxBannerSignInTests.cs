using AspireRouter.AdminPortal.Tests.Authentication;

namespace AspireRouter.AdminPortal.Tests.Layout;

/// <summary>The whole portal over HTTP: the sign-in page (its own layout, rendered statically) and the pages behind it say so in the sandbox.</summary>
public sealed class SandboxBannerSignInTests
{
    [Fact]
    public async Task InTheSandbox_TheSignInPageAndThePagesBehindIt_ShowTheBanner()
    {
        await using var portal = await PortalFactory.StartAsync(settings: new Dictionary<string, string?> { ["Router:Sandbox"] = "true" });
        using var client = portal.CreateClient();
        var cancellation = Xunit.TestContext.Current.CancellationToken;

        SandboxBannerAssert.Shown(await client.GetStringAsync(new Uri("/login", UriKind.Relative), cancellation), "/login");
        using var signIn = await PortalFactory.SignInAsync(client, PortalFactory.Password);
        foreach (var path in new[] { "/", "/models", "/audit" })
        {
            SandboxBannerAssert.Shown(await client.GetStringAsync(new Uri(path, UriKind.Relative), cancellation), path);
        }
    }

    [Fact]
    public async Task OutsideTheSandbox_NeitherTheSignInPageNorThePagesBehindIt_ShowABanner()
    {
        await using var portal = await PortalFactory.StartAsync();
        using var client = portal.CreateClient();
        var cancellation = Xunit.TestContext.Current.CancellationToken;

        SandboxBannerAssert.NotShown(await client.GetStringAsync(new Uri("/login", UriKind.Relative), cancellation), "/login");
        using var signIn = await PortalFactory.SignInAsync(client, PortalFactory.Password);
        SandboxBannerAssert.NotShown(await client.GetStringAsync(new Uri("/models", UriKind.Relative), cancellation), "/models");
    }
}
