using AspireRouter.AdminPortal.Components.Pages;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.State;
using Bunit;

namespace AspireRouter.AdminPortal.Tests.Pages;

public sealed class SettingsPageTests
{
    [Fact]
    public async Task Save_Valid_StoresTheSettings()
    {
        await using var portal = await PortalTestContext.StartAsync(new Dictionary<string, string?> { ["Routing:AttemptBudget"] = "3" });
        var page = portal.Bunit.Render<Settings>();
        page.WaitForAssertion(() => Assert.Equal("3", Field(page, "Attempt budget").GetAttribute("value")));

        await page.InvokeAsync(() => Field(page, "Attempt budget").Change("6"));
        await page.InvokeAsync(() => Field(page, "Deadline").Change("20"));
        await SaveAsync(page);

        page.WaitForAssertion(() => Assert.Equal(6, portal.Service<PolicyRepository>().LoadAsync().Result.AttemptBudget));
        Assert.Equal(TimeSpan.FromSeconds(20), (await portal.Service<PolicyRepository>().LoadAsync()).Deadline);
    }

    [Fact]
    public async Task Save_Invalid_ShowsEachProblemAndStoresNothing()
    {
        await using var portal = await PortalTestContext.StartAsync();
        var page = portal.Bunit.Render<Settings>();
        page.WaitForAssertion(() => Field(page, "Attempt budget"));

        await page.InvokeAsync(() => Field(page, "Attempt budget").Change("0"));
        await page.InvokeAsync(() => Field(page, "Deadline").Change("0"));
        await SaveAsync(page);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".mud-alert-text-error, .mud-alert-filled-error, .mud-alert-outlined-error, .mud-alert").Count));
        Assert.Contains("AttemptBudget must be between 1 and 32", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Deadline must be positive", page.Markup, StringComparison.Ordinal);
        Assert.False(await portal.Database.KeyExistsAsync("ar:policy"));
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<Settings> page, string label) =>
        page.FindAll(".mud-input-control").Single(control => control.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector("input")!;

    // The page's parts load on their own: find and click in one render so a re-render in between cannot go stale.
    private static Task SaveAsync(IRenderedComponent<Settings> page) =>
        page.InvokeAsync(() => page.FindAll("button").Single(button => button.TextContent.Contains("Save and apply", StringComparison.Ordinal)).Click());
}
