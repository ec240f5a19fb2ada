using AspireRouter.AdminPortal.Components.Pages;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.State;
using Bunit;

namespace AspireRouter.AdminPortal.Tests.Pages;

public sealed class DashboardPageTests
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    [Fact]
    public async Task Dashboard_ShowsLiveNumbers_AndUpdatesOnTheNextTickWithoutReload()
    {
        await using var portal = await PortalTestContext.StartAsync();
        var log = portal.Service<RequestLogRepository>();
        var now = portal.Time.GetUtcNow();
        for (var i = 0; i < 6; i++)
        {
            await log.AppendAsync(TestModels.Decision(now.AddSeconds(-i), "a:free", latencyMs: 100 * (i + 1)));
        }

        var page = portal.Bunit.Render<Dashboard>();

        page.WaitForAssertion(() => Assert.Equal("0.1", Stat(page, "requests-per-second")));
        Assert.Equal("100 %", Stat(page, "success-rate"));
        Assert.Equal("300 ms", Stat(page, "p50-latency"));
        Assert.Equal("600 ms", Stat(page, "p95-latency"));
        Assert.Equal("0", Stat(page, "fallbacks-per-second"));
        Assert.StartsWith("90 ", Stat(page, "tokens"), StringComparison.Ordinal);

        for (var i = 0; i < 6; i++)
        {
            await log.AppendAsync(TestModels.Decision(now, "b:free", status: 429, failedFirst: new RoutingAttempt { Model = "a:free", Provider = "openrouter", Status = 503, Error = "unavailable" }));
        }

        portal.Time.Advance(TimeSpan.FromSeconds(1));

        page.WaitForAssertion(() => Assert.Equal("0.2", Stat(page, "requests-per-second")));
        Assert.Equal("50 %", Stat(page, "success-rate"));
        Assert.Equal("0.1", Stat(page, "fallbacks-per-second"));
    }

    [Fact]
    public async Task Feed_ShowsEachDecisionWithWhyEarlierAttemptsFailed()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.Service<RequestLogRepository>().AppendAsync(TestModels.Decision(
            portal.Time.GetUtcNow(), "b:free", latencyMs: 812, failedFirst: new RoutingAttempt { Model = "a:free", Provider = "openrouter", Status = 429, Error = "rate limited" }));

        var page = portal.Bunit.Render<Dashboard>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tbody tr")));
        var row = page.Find("tbody tr").TextContent;
        foreach (var expected in new[] { "12:00:00", "ci-bot", "free", "b:free", "openrouter", "a:free: 429 rate limited", "812 ms", "200" })
        {
            Assert.Contains(expected, row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Feed_LinksEachTraceToTheAspireDashboard_WhenTheDashboardUrlIsSet()
    {
        await using var portal = await PortalTestContext.StartAsync(new Dictionary<string, string?> { ["Portal:DashboardUrl"] = "http://localhost:18888/" });
        await portal.Service<RequestLogRepository>().AppendAsync(TestModels.Decision(portal.Time.GetUtcNow(), "a:free") with { TraceId = TraceId });

        var page = portal.Bunit.Render<Dashboard>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tbody tr")));
        var link = page.Find("td[data-label=Trace] a");
        Assert.Equal($"http://localhost:18888/traces/detail/{TraceId}", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal(TraceId[..7], link.TextContent.Trim());
    }

    [Fact]
    public async Task Feed_ShowsTheTraceIdWithoutALink_WhenTheDashboardIsUnknown_AndADashForOldDecisions()
    {
        await using var portal = await PortalTestContext.StartAsync();
        var log = portal.Service<RequestLogRepository>();
        await log.AppendAsync(TestModels.Decision(portal.Time.GetUtcNow().AddSeconds(-1), "old:free"));
        await log.AppendAsync(TestModels.Decision(portal.Time.GetUtcNow(), "a:free") with { TraceId = TraceId });

        var page = portal.Bunit.Render<Dashboard>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        Assert.Empty(page.FindAll("td[data-label=Trace] a"));
        var traces = page.FindAll("td[data-label=Trace]").Select(cell => cell.TextContent.Trim()).ToList();
        Assert.Equal([TraceId[..7], "–"], traces);
        Assert.Equal(TraceId, page.Find("td[data-label=Trace] span").GetAttribute("title"));
    }

    [Fact]
    public async Task Chart_ShowsEachAnsweringModel()
    {
        await using var portal = await PortalTestContext.StartAsync();
        var log = portal.Service<RequestLogRepository>();
        await log.AppendAsync(TestModels.Decision(portal.Time.GetUtcNow(), "a:free"));
        await log.AppendAsync(TestModels.Decision(portal.Time.GetUtcNow(), "b:free"));

        var page = portal.Bunit.Render<Dashboard>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-chart")));
        Assert.Contains("a:free", page.Find(".mud-chart").TextContent, StringComparison.Ordinal);
        Assert.Contains("b:free", page.Find(".mud-chart").TextContent, StringComparison.Ordinal);
    }

    private static string Stat(IRenderedComponent<Dashboard> page, string name) =>
        page.Find($"[data-stat={name}] .stat-value").TextContent.Trim();
}
