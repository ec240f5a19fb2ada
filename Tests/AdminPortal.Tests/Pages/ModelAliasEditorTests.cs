using AspireRouter.AdminPortal.Components.Pages;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Bunit;

namespace AspireRouter.AdminPortal.Tests.Pages;

/// <summary>The Settings page's model alias editor: add, edit and remove aliases, and see why one is refused.</summary>
public sealed class ModelAliasEditorTests
{
    [Fact]
    public async Task Add_StoresTheAliasAuditsItAndListsIt()
    {
        await using var portal = await PortalTestContext.StartAsync(new Dictionary<string, string?> { ["Routing:DefaultAliases"] = "false" });
        await portal.PublishCatalogAsync(TestModels.Create("meta/llama-3.3-70b:free"));
        var page = RenderSettings(portal);
        page.WaitForAssertion(() => Assert.Contains("No aliases", page.Markup, StringComparison.Ordinal));

        await page.InvokeAsync(() => Field(page, "Name clients send").Change("gpt-4o-mini"));
        await page.InvokeAsync(() => Field(page, "Served by").Change("meta/llama-3.3-70b:free"));
        await page.InvokeAsync(() => Button(page, "Add alias").Click());

        page.WaitForAssertion(() => page.Find("input[aria-label='Target of gpt-4o-mini']"));
        Assert.Equal("meta/llama-3.3-70b:free", page.Find("input[aria-label='Target of gpt-4o-mini']").GetAttribute("value"));
        Assert.Equal(["gpt-4o-mini -> meta/llama-3.3-70b:free"], await StoredAsync(portal));
        var audit = (await portal.Service<AuditLog>().RecentAsync(1))[0];
        Assert.Equal("set the alias gpt-4o-mini -> meta/llama-3.3-70b:free", audit.What);
        Assert.Equal(PortalTestContext.OperatorAddress, audit.Address);
    }

    [Fact]
    public async Task Edit_ChangesTheTargetOfAShippedAlias()
    {
        await using var portal = await PortalTestContext.StartAsync();
        var page = RenderSettings(portal);
        page.WaitForAssertion(() => page.Find("input[aria-label='Target of gpt-*']"));

        await page.InvokeAsync(() => page.Find("input[aria-label='Target of gpt-*']").Change("free:fast"));
        await page.InvokeAsync(() => page.Find("button[aria-label='Save gpt-*']").Click());

        await Eventually.UntilAsync(async () => (await StoredAsync(portal)).Contains("gpt-* -> free:fast"), "the new target is stored");
        Assert.Contains("claude-* -> free:tools", await StoredAsync(portal));
    }

    [Fact]
    public async Task Remove_TakesTheAliasOutOfTheTableAndTheStore()
    {
        await using var portal = await PortalTestContext.StartAsync();
        var page = RenderSettings(portal);
        page.WaitForAssertion(() => page.Find("button[aria-label='Remove claude-*']"));

        await page.InvokeAsync(() => page.Find("button[aria-label='Remove claude-*']").Click());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("button[aria-label='Remove claude-*']")));
        Assert.DoesNotContain(await StoredAsync(portal), alias => alias.StartsWith("claude-*", StringComparison.Ordinal));
        Assert.Equal("removed the alias claude-*", (await portal.Service<AuditLog>().RecentAsync(1))[0].What);
    }

    [Theory]
    [InlineData("gpt-4o", "free:nope", "'free:nope' is not a virtual model")]
    [InlineData("gpt-4o", "not/in-the-pool", "neither a virtual model nor a model of the pool")]
    [InlineData("free", "free:tools", "'free' names the pool itself")]
    public async Task Add_Invalid_ShowsWhyAndStoresNothing(string name, string target, string problem)
    {
        await using var portal = await PortalTestContext.StartAsync();
        var page = RenderSettings(portal);
        page.WaitForAssertion(() => Field(page, "Name clients send"));

        await page.InvokeAsync(() => Field(page, "Name clients send").Change(name));
        await page.InvokeAsync(() => Field(page, "Served by").Change(target));
        await page.InvokeAsync(() => Button(page, "Add alias").Click());

        page.WaitForAssertion(() => Assert.Contains(problem, page.Find(".mud-alert").TextContent, StringComparison.Ordinal));
        Assert.False(await portal.Database.KeyExistsAsync("ar:policy"));
        Assert.Empty(page.FindAll($"input[aria-label='Target of {name}']"));
    }

    private static IRenderedComponent<Settings> RenderSettings(PortalTestContext portal) => portal.Bunit.Render<Settings>();

    private static async Task<List<string>> StoredAsync(PortalTestContext portal) =>
        [.. (await portal.Service<ModelAliasRepository>().ListAsync()).Select(alias => $"{alias.Name} -> {alias.Target}")];

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<Settings> page, string label) =>
        page.FindAll(".mud-input-control").Single(control => control.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector("input")!;

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<Settings> page, string text) =>
        page.FindAll("button").Single(button => button.TextContent.Contains(text, StringComparison.Ordinal));
}
