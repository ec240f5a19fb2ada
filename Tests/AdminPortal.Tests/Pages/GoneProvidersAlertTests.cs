using AspireRouter.AdminPortal.Components.Pages;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.State;
using Bunit;

namespace AspireRouter.AdminPortal.Tests.Pages;

/// <summary>A provider the routers marked gone (in <c>ar:gone</c>) is a visible alert on the Providers page and the Dashboard, until it is back.</summary>
public sealed class GoneProvidersAlertTests
{
    private const string Refusal = "You exceeded your current quota, please check your plan and billing details.";

    [Fact]
    public async Task GoneProvider_IsAnErrorAlertOnProvidersAndDashboard_WithTheUpstreamsMessage_UntilItIsBack()
    {
        await using var portal = await PortalTestContext.StartAsync(new Dictionary<string, string?>
        {
            ["Providers:groq:BaseUrl"] = "http://127.0.0.1:9/groq/v1",
            ["Providers:groq:CatalogSource"] = "Static",
        });
        var gone = portal.Service<GoneRepository>();
        await gone.WriteAsync(new GoneStatus("groq", portal.Time.GetUtcNow().AddMinutes(-5), Refusal) { StatusCode = 402 });

        var providers = portal.Bunit.Render<Providers>();
        var dashboard = portal.Bunit.Render<Dashboard>();

        foreach (var page in new IRenderedComponent<Microsoft.AspNetCore.Components.IComponent>[] { providers, dashboard })
        {
            page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-gone-provider=groq]")));
            var alert = page.Find("[data-gone-provider=groq]");
            Assert.Contains("mud-alert-text-error", alert.ClassName, StringComparison.Ordinal);
            Assert.Contains("groq is gone since 2026-05-01 11:55:00 UTC", alert.TextContent, StringComparison.Ordinal);
            Assert.Contains(Refusal, alert.TextContent, StringComparison.Ordinal);
            Assert.Contains("(HTTP 402)", alert.TextContent, StringComparison.Ordinal);
        }

        await gone.RemoveAsync("groq");
        portal.Time.Advance(TimeSpan.FromSeconds(10));

        dashboard.WaitForAssertion(() => Assert.Empty(dashboard.FindAll("[data-gone-provider]")));
        providers.WaitForAssertion(() => Assert.Empty(providers.FindAll("[data-gone-provider]")));
    }

    [Fact]
    public async Task GoneKeyOfAPool_IsShownOnItsKeyByLabelAndSuffix_AndTheProviderIsGoneOnlyWhenEveryKeyIs()
    {
        string[] keys = ["gsk-first-secret-key-0001", "gsk-second-secret-key-0002"];
        await using var portal = await PortalTestContext.StartAsync(new Dictionary<string, string?>
        {
            ["Providers:groq:BaseUrl"] = "http://127.0.0.1:9/groq/v1",
            ["Providers:groq:CatalogSource"] = "Static",
            ["Providers:groq:ApiKey"] = keys[0],
            ["Providers:groq:ApiKeys:0"] = keys[1],
        });
        var gone = portal.Service<GoneRepository>();
        var since = portal.Time.GetUtcNow().AddMinutes(-5);
        await gone.WriteAsync(new GoneStatus(RedisKeys.KeyQuotaScope("groq", 2), since, Refusal) { StatusCode = 402 });

        var page = portal.Bunit.Render<Providers>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-key-gone]")));
        var chip = page.Find("[data-key-gone='key 2']");
        Assert.Contains("mud-chip-color-error", chip.ClassName, StringComparison.Ordinal);
        Assert.Equal($"gone since 2026-05-01 11:55:00 UTC: {Refusal} (HTTP 402)", chip.TextContent.Trim());
        Assert.StartsWith("key 2 …0002", page.Find("[data-key='key 2']").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("serving", page.Find("[data-key-cooling='key 1']").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-gone-provider]"));
        Assert.All(keys, key => Assert.DoesNotContain(key[..^4], page.Markup, StringComparison.Ordinal));

        await gone.WriteAsync(new GoneStatus("groq", since, "Invalid API Key") { StatusCode = 401 });
        portal.Time.Advance(TimeSpan.FromSeconds(10));

        page.WaitForAssertion(() =>
        {
            Assert.Single(page.FindAll("[data-gone-provider=groq]"));
            Assert.Equal(2, page.FindAll("[data-key-gone]").Count);
        });
    }
}
