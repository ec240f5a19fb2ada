using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AspireRouter.TestSupport;
using Microsoft.Playwright;

namespace AspireRouter.Browser.Tests;

/// <summary>From the portal's feed to the trace: each routing decision links to its request's trace in the Aspire dashboard.</summary>
public sealed class TraceLinkBrowserTests
{
    private const string DashboardUrl = "http://localhost:18888";

    /// <summary>Set to 1 to refresh the README's screenshot under <c>docs/images</c>; otherwise it goes to the test's output folder.</summary>
    private const string UpdateDocsVariable = "UPDATE_DOCS_SCREENSHOTS";

    [Fact]
    public async Task Feed_LinksARoutedRequestToItsTraceInTheDashboard()
    {
        await using var stack = await RunningStack.StartAsync(TestCatalog.ModelIds(3), new Dictionary<string, string>
        {
            ["Portal__DashboardUrl"] = DashboardUrl,

            // The router traces where spans can go: an exporter (here to a port nothing listens on) as under the AppHost.
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
        });
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using (var router = new HttpClient { BaseAddress = stack.Router.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })
        {
            router.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RunningStack.ClientKey);
            // The caller's sampled trace, which the client's traceparent carries to the router.
            using var caller = new Activity("caller").SetParentId(ActivityTraceId.CreateFromString(traceId), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start();
            using var response = await router.PostAsJsonAsync(
                new Uri("v1/chat/completions", UriKind.Relative),
                new { model = "free", messages = new[] { new { role = "user", content = "Say OK." } } },
                TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = stack.Portal.BaseAddress.ToString(), ViewportSize = new() { Width = 1600, Height = 1000 } });
        await page.GotoAsync("login");
        await page.Locator("input[name=Password]").FillAsync(RunningStack.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        var link = page.GetByRole(AriaRole.Link, new() { Name = traceId[..7], Exact = true });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"{DashboardUrl}/traces/detail/{traceId}");
        await page.ScreenshotAsync(new() { Path = ScreenshotPath(), FullPage = true });
    }

    private static string ScreenshotPath() =>
        Environment.GetEnvironmentVariable(UpdateDocsVariable) == "1"
            ? Path.Combine(ServiceProcess.RepositoryRoot(), "docs", "images", "portal-trace-link.png")
            : Path.Combine(AppContext.BaseDirectory, "artifacts", "portal-trace-link.png");
}
