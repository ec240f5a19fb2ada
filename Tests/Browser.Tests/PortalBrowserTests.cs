using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AspireRouter.TestSupport;
using Microsoft.Playwright;

namespace AspireRouter.Browser.Tests;

/// <summary>An operator in a real Chromium steers the real router through the portal; the simulator's request log is the judge.</summary>
public sealed class PortalBrowserTests
{
    private static readonly string[] Models = TestCatalog.ModelIds(4);
    private static readonly string Blocked = Models[0];
    private static readonly string Weightless = Models[1];

    [Fact]
    public async Task Operator_BlocksAndZeroesModels_RouterAvoidsThem_AndTrafficReturnsOnUnblock()
    {
        await using var stack = await RunningStack.StartAsync(Models);
        using var router = new HttpClient { BaseAddress = stack.Router.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        router.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RunningStack.ClientKey);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = stack.Portal.BaseAddress.ToString(), ViewportSize = new() { Width = 1600, Height = 1000 } });

        await page.GotoAsync("models");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?ReturnUrl=%2Fmodels$"));
        await SignInAsync(page, "not-the-password");
        await Assertions.Expect(page.GetByText("Wrong password.")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));

        await SignInAsync(page, RunningStack.AdminPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Models" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-interactive]")).ToBeAttachedAsync();

        var weight = ModelRow(page, Weightless).Locator("td[data-label=Weight] input");
        await weight.FillAsync("0");
        await weight.PressAsync("Tab");
        await Assertions.Expect(page.GetByText($"Weight of {Weightless} set to 0.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Block {Blocked}", Exact = true }).ClickAsync();
        await Assertions.Expect(ModelRow(page, Blocked).GetByText("blocked", new() { Exact = true })).ToBeVisibleAsync();
        await WaitUntilRouterListsAsync(router, Blocked, listed: false);

        stack.Simulator.Control.ClearRequests();
        await SendAsync(router, 50);
        Assert.Equal(0, stack.Simulator.Control.RequestCount(Blocked));
        Assert.Equal(0, stack.Simulator.Control.RequestCount(Weightless));
        Assert.Equal(50, stack.Simulator.Control.TotalRequests);

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        var load = SendAsync(router, 40);
        await Assertions.Expect(page.Locator("[data-stat=requests-per-second] .stat-value")).Not.ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("[data-stat=success-rate] .stat-value")).ToHaveTextAsync("100 %");
        await Assertions.Expect(page.Locator(".mud-chart").First).ToContainTextAsync("test/model-2:free");
        await page.ScreenshotAsync(new() { Path = ScreenshotPath(), FullPage = true });
        await load;

        await page.GetByRole(AriaRole.Link, new() { Name = "Models" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Unblock {Blocked}", Exact = true }).ClickAsync();
        await WaitUntilRouterListsAsync(router, Blocked, listed: true);
        stack.Simulator.Control.ClearRequests();
        for (var sent = 0; sent < 60 && stack.Simulator.Control.RequestCount(Blocked) == 0; sent++)
        {
            await SendAsync(router, 1);
        }

        Assert.True(stack.Simulator.Control.RequestCount(Blocked) > 0, $"{Blocked} got no traffic after it was unblocked.");
        Assert.Equal(0, stack.Simulator.Control.RequestCount(Weightless));

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"unblocked {Blocked}")).ToBeVisibleAsync();
        var unblocked = page.Locator("tbody tr").Filter(new() { HasText = $"unblocked {Blocked}" });
        await Assertions.Expect(unblocked.Locator("td[data-label=From]")).ToHaveTextAsync("127.0.0.1");
    }

    /// <summary>Where the dashboard screenshot goes: the test's output folder, never committed.</summary>
    public static string ScreenshotPath() => Path.Combine(AppContext.BaseDirectory, "artifacts", "dashboard.png");

    private static async Task SignInAsync(IPage page, string password)
    {
        await page.Locator("input[name=Password]").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static ILocator ModelRow(IPage page, string modelId) =>
        page.Locator("tbody tr").Filter(new() { Has = page.Locator("td[data-label=Model]", new() { HasText = modelId }) });

    private static async Task SendAsync(HttpClient router, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await router.PostAsJsonAsync(
                new Uri("v1/chat/completions", UriKind.Relative),
                new { model = "free", messages = new[] { new { role = "user", content = "Say OK." } } });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>RouterApi leaves blocked models out of <c>/v1/models</c>: once it does, it has applied the portal's change.</summary>
    private static async Task WaitUntilRouterListsAsync(HttpClient router, string modelId, bool listed)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        while (true)
        {
            using var response = await router.GetAsync(new Uri($"v1/models/{modelId}", UriKind.Relative), deadline.Token);
            if ((response.StatusCode == HttpStatusCode.OK) == listed)
            {
                return;
            }

            await Task.Delay(50, deadline.Token);
        }
    }
}
