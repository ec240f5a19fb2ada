extern alias simulator;

using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Fallback;

/// <summary>OpenRouter's free daily quota (50) running out in a burst: few upstream calls wasted, the rest answered elsewhere or refused at once.</summary>
public sealed class DailyQuotaTests
{
    private const int Burst = 200;
    private const int DailyQuota = 50;
    private static readonly string[] Pool = TestCatalog.ModelIds(5);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Burst_AfterTheDailyQuotaIsSpent_AnotherProviderAnswers_WithHardlyAnyWastedCall(bool routerKnowsTheQuota)
    {
        await using var host = await StartAsync(routerKnowsTheQuota, withGroq: true);

        for (var i = 0; i < Burst; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body());
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"request {i}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }

        var openRouter = host.Simulator.Requests.Where(r => r.Provider == "openrouter" && r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).ToList();
        var wasted = openRouter.Count(r => r.Status == 429);
        Assert.Equal(DailyQuota, openRouter.Count(r => r.Status == 200));
        Assert.InRange(wasted, 0, routerKnowsTheQuota ? 0 : 2);
        Assert.Equal(Burst - DailyQuota, host.Simulator.RequestCount(RouterTestHostOptions.GroqUpstreamId, "groq"));
    }

    [Fact]
    public async Task Burst_AfterTheDailyQuotaIsSpent_WithoutAnotherProvider_IsRefusedAtOnceUntilUtcMidnight()
    {
        await using var host = await StartAsync(routerKnowsTheQuota: false, withGroq: false);

        var refused = new List<HttpResponseMessage>();
        for (var i = 0; i < Burst; i++)
        {
            var response = await host.Client.PostAsync(ChatRequests.Body());
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused.Add(response);
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                response.Dispose();
            }
        }

        Assert.Equal(Burst - DailyQuota, refused.Count);
        var untilMidnight = DateTimeOffset.UtcNow.UtcDateTime.Date.AddDays(1) - DateTimeOffset.UtcNow.UtcDateTime;
        Assert.All(refused, response => Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, untilMidnight - TimeSpan.FromSeconds(30), untilMidnight + TimeSpan.FromSeconds(2)));
        Assert.InRange(host.Simulator.ChatModels().Count, DailyQuota, DailyQuota + 1);
        refused.ForEach(response => response.Dispose());
    }

    private static Task<RouterTestHost> StartAsync(bool routerKnowsTheQuota, bool withGroq) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.OpenRouter.Quota = new OpenRouterQuotaOptions { Enabled = true, RequestsPerMinute = 10_000, RequestsPerDay = DailyQuota };
            options.Simulator.Providers["groq"] = new GenericProviderOptions
            {
                Models = [new GenericModelOptions { Id = RouterTestHostOptions.GroqUpstreamId, RequestsPerMinute = 10_000, RequestsPerDay = 100_000, TokensPerMinute = 10_000_000 }],
            };
            if (routerKnowsTheQuota)
            {
                options.Settings["Providers:openrouter:Quotas:RequestsPerDay"] = DailyQuota.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (withGroq)
            {
                options.AddGroq();
            }
        });
}
