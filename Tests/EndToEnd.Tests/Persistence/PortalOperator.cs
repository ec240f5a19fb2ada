using AspireRouter.TestSupport;
using Microsoft.Playwright;

namespace AspireRouter.EndToEnd.Tests.Persistence;

/// <summary>An operator in a headless Chromium, signed in to the stack's AdminPortal, doing what the portal's pages offer.</summary>
internal sealed class PortalOperator : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private PortalOperator(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
    }

    public static async Task<PortalOperator> SignInAsync(RunningStack stack, CancellationToken cancellationToken)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = stack.App.GetEndpoint("adminportal", "http").ToString() });
        await page.GotoAsync("keys");
        await page.Locator("input[name=Password]").FillAsync(await stack.ParameterAsync("admin-password", cancellationToken));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Client keys" })).ToBeVisibleAsync();
        return new PortalOperator(playwright, browser, page);
    }

    /// <summary>Creates a client key on the Keys page and copies it from the one place the portal shows it.</summary>
    public async Task<string> CreateClientKeyAsync(string name)
    {
        await OpenAsync("keys");
        await _page.GetByLabel("Name of the new key").FillAsync(name);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var created = _page.Locator("[data-created-key]");
        await Assertions.Expect(created).ToBeVisibleAsync();
        return await created.InnerTextAsync();
    }

    /// <summary>Blocks a model with its button on the Models page.</summary>
    public async Task BlockModelAsync(string modelId)
    {
        await OpenAsync("models");
        await _page.GetByRole(AriaRole.Button, new() { Name = $"Block {modelId}", Exact = true }).ClickAsync();
        await Assertions.Expect(_page.GetByRole(AriaRole.Button, new() { Name = $"Unblock {modelId}", Exact = true })).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private async Task OpenAsync(string path)
    {
        await _page.GotoAsync(path);
        await Assertions.Expect(_page.Locator("[data-interactive]")).ToBeAttachedAsync();
    }
}
