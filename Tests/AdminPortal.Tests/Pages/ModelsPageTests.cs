using AngleSharp.Dom;
using AspireRouter.AdminPortal.Components.Pages;
using AspireRouter.AdminPortal.Pool;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.State;
using Bunit;

namespace AspireRouter.AdminPortal.Tests.Pages;

public sealed class ModelsPageTests
{
    [Fact]
    public async Task Table_ShowsEachModelsPublishedState()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.PublishCatalogAsync(
            TestModels.Create("up:free", capabilities: ModelCapabilities.Tools | ModelCapabilities.Vision),
            TestModels.Create("shaky:free"),
            TestModels.Create("cooling:free"),
            TestModels.Create("down:free"),
            TestModels.Create("new:free"));
        var health = portal.Service<HealthRepository>();
        var events = portal.Service<RouterEventPublisher>();
        var now = portal.Time.GetUtcNow();
        await health.WriteAsync("up:free", new ModelHealthRecord(AvailabilityState.Available, 0.99, 420, null, null, now), events);
        await health.WriteAsync("shaky:free", new ModelHealthRecord(AvailabilityState.Degraded, 0.6, 900, null, "502 bad gateway", now), events);
        await health.WriteAsync("cooling:free", new ModelHealthRecord(AvailabilityState.Cooling, 0.8, null, now.AddMinutes(5), "429 rate limited", now), events);
        await health.WriteAsync("down:free", new ModelHealthRecord(AvailabilityState.Down, 0, null, null, "503", now), events);

        var page = portal.Bunit.Render<Models>();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("tbody tr").Count));
        Assert.Equal("available", State(page, "up:free"));
        Assert.Equal("degraded", State(page, "shaky:free"));
        Assert.Equal("cooling until 12:05:00", State(page, "cooling:free"));
        Assert.Equal("down", State(page, "down:free"));
        Assert.Equal("unknown", State(page, "new:free"));
        Assert.Contains("99 %", Row(page, "up:free").TextContent, StringComparison.Ordinal);
        Assert.Contains("420 ms", Row(page, "up:free").TextContent, StringComparison.Ordinal);
        Assert.Equal(["tools", "vision"], Row(page, "up:free").QuerySelectorAll("td[data-label=Capabilities] .mud-chip").Select(chip => chip.TextContent.Trim()));
        Assert.Contains("Catalog: openrouter, fetched 2026-05-01 12:00:00 UTC", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_WithoutAPublishedCatalog_ShowsThePortalsOwnPoolAsUnknown()
    {
        await using var portal = await PortalTestContext.StartAsync();
        portal.Service<CatalogStore>().Replace(new CatalogSnapshot([TestModels.Create("own:free", provider: "groq")], portal.Time.GetUtcNow()));

        var page = portal.Bunit.Render<Models>();

        page.WaitForAssertion(() => Assert.Equal("unknown", State(page, "own:free")));
        Assert.Contains("groq", Row(page, "own:free").TextContent, StringComparison.Ordinal);
        Assert.Contains(PoolViewReader.OwnCatalogSource, page.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("150")]
    [InlineData("-1")]
    [InlineData("heavy")]
    public async Task WeightEdit_Invalid_ShowsWhyAndStoresNothing(string typed)
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.PublishCatalogAsync(TestModels.Create("a:free"));
        var page = portal.Bunit.Render<Models>();
        page.WaitForAssertion(() => Row(page, "a:free"));

        WeightInput(page, "a:free").Change(typed);

        page.WaitForAssertion(() => Assert.Contains("A number from 0 to 100", Row(page, "a:free").TextContent, StringComparison.Ordinal));
        Assert.False(await portal.Database.HashExistsAsync("ar:policy", "weight:a:free"));
        Assert.Empty(await portal.Service<AuditLog>().RecentAsync(10));
    }

    [Fact]
    public async Task WeightEdit_Valid_IsStoredAnnouncedAndAuditedWithTheOperatorsAddress()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.PublishCatalogAsync(TestModels.Create("a:free"), TestModels.Create("b:free"));
        var page = portal.Bunit.Render<Models>();
        page.WaitForAssertion(() => Row(page, "a:free"));

        WeightInput(page, "a:free").Change("0");

        page.WaitForAssertion(() => Assert.Equal("0", (string?)portal.Database.HashGet("ar:policy", "weight:a:free")));
        Assert.Equal(0, (await portal.Service<PolicyRepository>().LoadAsync()).WeightsById()["a:free"]);
        var audit = Assert.Single(await portal.Service<AuditLog>().RecentAsync(10));
        Assert.Equal(("admin", PortalTestContext.OperatorAddress, "set the weight of a:free to 0"), (audit.Who, audit.Address, audit.What));
        page.WaitForAssertion(() => Assert.Equal("0", WeightInput(page, "a:free").GetAttribute("value")));
    }

    [Fact]
    public async Task BlockToggle_BlocksAndUnblocks_AndABlockedModelStaysVisibleAndMarked()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.PublishCatalogAsync(TestModels.Create("a:free"), TestModels.Create("b:free"));
        var page = portal.Bunit.Render<Models>();
        page.WaitForAssertion(() => Row(page, "a:free"));

        page.Find("button[aria-label='Block a:free']").Click();

        page.WaitForAssertion(() => Assert.NotNull(Row(page, "a:free").QuerySelector("[data-blocked]")));
        Assert.True(await portal.Database.SetContainsAsync("ar:blocked", "a:free"));
        Assert.Contains("blocked-row", Row(page, "a:free").ClassName, StringComparison.Ordinal);
        Assert.Null(Row(page, "b:free").QuerySelector("[data-blocked]"));

        page.Find("button[aria-label='Unblock a:free']").Click();

        page.WaitForAssertion(() => Assert.Null(Row(page, "a:free").QuerySelector("[data-blocked]")));
        Assert.False(await portal.Database.SetContainsAsync("ar:blocked", "a:free"));
        Assert.Equal(["unblocked a:free", "blocked a:free"], (await portal.Service<AuditLog>().RecentAsync(10)).Select(entry => entry.What));
    }

    [Fact]
    public async Task BlockedModel_ThatLeftTheCatalog_IsStillListedAndMarked()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.PublishCatalogAsync(TestModels.Create("a:free"));
        await portal.Service<PolicyRepository>().BlockAsync("gone:free", new AuditActor("admin", "192.0.2.7"));

        var page = portal.Bunit.Render<Models>();

        page.WaitForAssertion(() => Assert.NotNull(Row(page, "gone:free").QuerySelector("[data-blocked]")));
        Assert.Equal("Unblock", page.Find("button[aria-label='Unblock gone:free']").TextContent.Trim());
    }

    [Fact]
    public async Task ProbeNow_PublishesAProbeRequest()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.PublishCatalogAsync(TestModels.Create("a:free"));
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await portal.Connection.GetSubscriber().SubscribeAsync(RouterEventPublisher.Channel, (_, message) =>
        {
            if (message.ToString().StartsWith("probe:", StringComparison.Ordinal))
            {
                received.TrySetResult(message!);
            }
        });
        var page = portal.Bunit.Render<Models>();
        page.WaitForAssertion(() => Row(page, "a:free"));

        page.Find("button[aria-label='Probe a:free now']").Click();

        Assert.Equal("probe:a:free", await received.Task.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Table_ShowsShareSuccessAndLatencyFromRecentTraffic_WhenNoHealthIsPublished()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.PublishCatalogAsync(TestModels.Create("a:free"), TestModels.Create("b:free"));
        var log = portal.Service<RequestLogRepository>();
        var now = portal.Time.GetUtcNow();
        await log.AppendAsync(TestModels.Decision(now, "a:free", latencyMs: 200));
        await log.AppendAsync(TestModels.Decision(now, "a:free", latencyMs: 400));
        await log.AppendAsync(TestModels.Decision(now, "b:free", latencyMs: 100, failedFirst: new RoutingAttempt { Model = "a:free", Provider = "openrouter", Status = 429, Error = "rate limited" }));

        var page = portal.Bunit.Render<Models>();

        page.WaitForAssertion(() => Assert.Contains("300 ms", Row(page, "a:free").TextContent, StringComparison.Ordinal));
        var a = Row(page, "a:free").TextContent;
        Assert.Contains("66.7 %", a, StringComparison.Ordinal);
        Assert.Contains("33.3 %", Row(page, "b:free").TextContent, StringComparison.Ordinal);
    }

    private static IElement Row(IRenderedComponent<Models> page, string modelId) =>
        page.FindAll("tbody tr").Single(row => row.QuerySelector("td[data-label=Model]")?.TextContent.Contains(modelId, StringComparison.Ordinal) == true);

    private static string State(IRenderedComponent<Models> page, string modelId) =>
        Row(page, modelId).QuerySelector("td[data-label=State] .mud-chip")!.TextContent.Trim();

    private static IElement WeightInput(IRenderedComponent<Models> page, string modelId) =>
        Row(page, modelId).QuerySelector("td[data-label=Weight] input")!;
}
