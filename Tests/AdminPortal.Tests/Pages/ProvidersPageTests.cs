using AspireRouter.AdminPortal.Components.Pages;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.State;
using Bunit;

namespace AspireRouter.AdminPortal.Tests.Pages;

public sealed class ProvidersPageTests
{
    private const string SecretKey = "sk-or-v1-very-secret-value";

    [Fact]
    public async Task Providers_ShowKeyPresenceNeverTheKey_QuotaAgainstLimits_AndTheLastError()
    {
        await using var portal = await PortalTestContext.StartAsync(new Dictionary<string, string?>
        {
            ["Providers:openrouter:BaseUrl"] = "http://127.0.0.1:9/openrouter/api/v1",
            ["Providers:openrouter:ApiKey"] = SecretKey,
            ["Providers:groq:BaseUrl"] = "http://127.0.0.1:9/groq/v1",
            ["Providers:groq:CatalogSource"] = "Static",
        });
        await portal.PublishCatalogAsync(TestModels.Create("a:free"), TestModels.Create("b:free"));
        var now = portal.Time.GetUtcNow();
        await portal.Database.StringSetAsync(RedisKeys.Quota("openrouter", "minute", QuotaWindow.StartOf(now, QuotaWindow.Minute)), 7, TimeSpan.FromSeconds(30));
        await portal.Database.StringSetAsync(RedisKeys.Quota("openrouter", "day", QuotaWindow.StartOf(now, QuotaWindow.Day)), 42);
        await portal.Service<RequestLogRepository>().AppendAsync(TestModels.Decision(
            portal.Time.GetUtcNow(), "b:free", failedFirst: new RoutingAttempt { Model = "a:free", Provider = "openrouter", Status = 429, Error = "rate limited" }));

        var page = portal.Bunit.Render<Providers>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        var openRouter = page.FindAll("tbody tr").Single(row => row.TextContent.StartsWith("openrouter", StringComparison.Ordinal));
        var groq = page.FindAll("tbody tr").Single(row => row.TextContent.StartsWith("groq", StringComparison.Ordinal));
        Assert.Equal("set", openRouter.QuerySelector("td[data-label='API key']")!.TextContent.Trim());
        Assert.Equal("not set", groq.QuerySelector("td[data-label='API key']")!.TextContent.Trim());
        Assert.DoesNotContain(SecretKey, page.Markup, StringComparison.Ordinal);
        Assert.Contains("2 models", openRouter.TextContent, StringComparison.Ordinal);
        Assert.Equal("per minute: 7 / 20, resets 12:01:00 UTC", openRouter.QuerySelector("[data-quota=minute]")!.TextContent.Trim());
        Assert.Contains("per day: 42 / 50, resets 00:00:00 UTC", openRouter.QuerySelector("[data-quota=day]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("rate limited (12:00:00 UTC)", openRouter.TextContent, StringComparison.Ordinal);
        Assert.Contains("no known limit", groq.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyQuotaLearnedByTheRouter_IsShownAsTheLimit_SayingWhereItCameFrom()
    {
        await using var portal = await PortalTestContext.StartAsync(new Dictionary<string, string?>
        {
            ["Providers:openrouter:BaseUrl"] = "http://127.0.0.1:9/openrouter/api/v1",
            ["Providers:openrouter:ApiKey"] = SecretKey,
        });
        await portal.PublishCatalogAsync(TestModels.Create("a:free"));
        await portal.Service<LearnedQuotaRepository>().WriteAsync("openrouter", 1000);
        await portal.Database.StringSetAsync(RedisKeys.Quota("openrouter", "day", QuotaWindow.StartOf(portal.Time.GetUtcNow(), QuotaWindow.Day)), 60);

        var page = portal.Bunit.Render<Providers>();

        page.WaitForAssertion(() => Assert.Equal(
            "per day: 60 / 1000 (learned from openrouter), resets 00:00:00 UTC",
            page.Find("[data-quota=day]").TextContent.Trim()));
        Assert.Equal("per minute: 0 / 20, resets 12:01:00 UTC", page.Find("[data-quota=minute]").TextContent.Trim());
    }
}
