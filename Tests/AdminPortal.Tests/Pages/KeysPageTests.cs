using AspireRouter.AdminPortal.Components.Pages;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.State;
using Bunit;

namespace AspireRouter.AdminPortal.Tests.Pages;

public sealed class KeysPageTests
{
    [Fact]
    public async Task CreateKey_ShowsItOnce_StoresOnlyItsHash_AndListsItWithItsUsage()
    {
        await using var portal = await PortalTestContext.StartAsync();
        var page = portal.Bunit.Render<Keys>();
        page.WaitForAssertion(() => Assert.Contains("No client keys in Redis", page.Markup, StringComparison.Ordinal));

        await page.InvokeAsync(() => page.Find("input").Change("ci-bot"));
        await page.InvokeAsync(() => page.FindAll("button").Single(button => button.TextContent.Contains("Create key", StringComparison.Ordinal)).Click());

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-created-key]")));
        var key = page.Find("[data-created-key]").TextContent.Trim();
        Assert.StartsWith("ar-", key, StringComparison.Ordinal);
        Assert.Equal("ci-bot", (await portal.Service<ClientKeyRepository>().FindAsync(key))?.Name);
        Assert.DoesNotContain(key, (await portal.Database.HashGetAllAsync("ar:keys")).Select(entry => entry.ToString()));

        await portal.Service<ClientKeyRepository>().RecordUsageAsync("ci-bot");
        var again = portal.Bunit.Render<Keys>();
        again.WaitForAssertion(() => Assert.Contains("ci-bot", again.Find("tbody tr").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(key, again.Markup, StringComparison.Ordinal);
        Assert.Equal("1", again.Find("tbody tr td[data-label=Requests]").TextContent.Trim());
    }

    [Fact]
    public async Task CreateKey_WithATakenName_SaysSo()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.Service<ClientKeyRepository>().CreateAsync("ci-bot", new AuditActor("admin", "192.0.2.7"));
        var page = portal.Bunit.Render<Keys>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Revoke ci-bot']"));

        await page.InvokeAsync(() => page.Find("input").Change("ci-bot"));
        await page.InvokeAsync(() => page.FindAll("button").Single(button => button.TextContent.Contains("Create key", StringComparison.Ordinal)).Click());

        page.WaitForAssertion(() => Assert.Contains("A key named 'ci-bot' exists already.", page.Markup, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-created-key]"));
    }

    [Fact]
    public async Task EditLimits_StoresThemForEveryReplica_AndListsThem()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.Service<ClientKeyRepository>().CreateAsync("ci-bot", new AuditActor("admin", "192.0.2.7"));
        var page = portal.Bunit.Render<Keys>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Limits of ci-bot']"));
        Assert.Equal("none", page.Find("tbody tr td[data-label=Limits]").TextContent.Trim());

        await page.InvokeAsync(() => page.Find("button[aria-label='Limits of ci-bot']").Click());
        await page.InvokeAsync(() => page.Find("input[aria-label='Requests per minute']").Change("10"));
        await page.InvokeAsync(() => page.Find("input[aria-label='Daily share of the pool (%)']").Change("50"));
        await page.InvokeAsync(() => page.FindAll("button").Single(button => button.TextContent.Contains("Save limits", StringComparison.Ordinal)).Click());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-limits-editor]")));
        page.WaitForAssertion(() => Assert.Equal("10/min · 50% of the pool a day", page.Find("tbody tr td[data-label=Limits]").TextContent.Trim()));
        var stored = Assert.Single(await portal.Service<ClientKeyRepository>().ListAsync());
        Assert.Equal(new ClientKeyLimits { RequestsPerMinute = 10, DailyShare = 0.5 }, stored.Limits);
    }

    [Fact]
    public async Task Revoke_RemovesTheKey()
    {
        await using var portal = await PortalTestContext.StartAsync();
        var created = await portal.Service<ClientKeyRepository>().CreateAsync("laptop", new AuditActor("admin", "192.0.2.7"));
        var page = portal.Bunit.Render<Keys>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Revoke laptop']"));

        await page.InvokeAsync(() => page.Find("button[aria-label='Revoke laptop']").Click());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("button[aria-label='Revoke laptop']")));
        Assert.Null(await portal.Service<ClientKeyRepository>().FindAsync(created.Key));
    }
}
