using System.Text.RegularExpressions;
using AspireRouter.TestSupport;
using Microsoft.Playwright;

namespace AspireRouter.Browser.Tests;

/// <summary>Signing out in one tab closes the portal in every other open tab, without a reload.</summary>
public sealed partial class PortalSignOutBrowserTests
{
    [Fact]
    public async Task SigningOutInOneTab_SendsAnotherOpenTabToTheSignInPage()
    {
        // Open pages recheck their session every second here (at most every 30 s in production), so the test need not wait long.
        await using var stack = await RunningStack.StartAsync(TestCatalog.ModelIds(2), new Dictionary<string, string> { ["Admin__RevalidationInterval"] = "00:00:01" });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { BaseURL = stack.Portal.BaseAddress.ToString() });
        var first = await context.NewPageAsync();
        await first.GotoAsync("login");
        await first.Locator("input[name=Password]").FillAsync(RunningStack.AdminPassword);
        await first.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(first.Locator("[data-interactive]")).ToBeAttachedAsync();

        var second = await context.NewPageAsync();
        await second.GotoAsync("models");
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "Models" })).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator("[data-interactive]")).ToBeAttachedAsync();

        await first.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(first).ToHaveURLAsync(SignInPage());

        await Assertions.Expect(second).ToHaveURLAsync(SignInPage(), new() { Timeout = 30_000 });
        await Assertions.Expect(second.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/login")]
    private static partial Regex SignInPage();
}
