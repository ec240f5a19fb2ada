extern alias routerapi;
extern alias simulator;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using AspireRouter.HealthProbe.Tests.Support;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.HealthProbe.Tests.Churn;

/// <summary>Free models come and go (63 recorded days of OpenRouter's free catalog); once HealthProbe refreshed, no router sends to one that left.</summary>
public sealed class CatalogChurnTests
{
    private const string ClientKey = "churn-test-client-key-0123456789";

    [Fact]
    public async Task ReplayedHistory_RouterNeverSendsToAModelThatLeft_OnceHealthProbeRefreshed()
    {
        var simulatorOptions = new SimulatorOptions
        {
            Mode = SimulatorModes.ZeroLatency,
            OpenRouter = { Quota = { Enabled = false }, History = { Enabled = true, StartDay = 0 } },
        };
        await using var probe = await HealthProbeTestHost.StartAsync(simulatorOptions);
        await using var router = StartRouter(probe);
        using var client = router.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ClientKey);
        var refresher = probe.Services.GetRequiredService<CatalogRefreshService>();
        var routerCatalog = router.Services.GetRequiredService<CatalogStore>();
        var control = probe.Simulator.Control;
        var violations = new List<string>();
        await using var redis = await probe.Redis.ConnectAsync();
        await Eventually.UntilAsync(
            async () => (long)(await redis.GetDatabase().ExecuteAsync("PUBSUB", "NUMSUB", "ar:events"))[1] >= 2,
            "the router listens to ar:events beside HealthProbe",
            TimeSpan.FromSeconds(10));

        for (var day = 0; day < control.History.DayCount; day++)
        {
            control.SelectHistoryDay(day);
            var served = control.OpenRouterModelIds.ToHashSet(StringComparer.Ordinal);
            var published = await refresher.RefreshNowAsync(TestContext.Current.CancellationToken);
            await Eventually.UntilAsync(() => routerCatalog.Current.CreatedAt == published.CreatedAt, $"the router follows day {day}'s pool", TimeSpan.FromSeconds(2));
            control.ClearRequests();

            for (var i = 0; i < 5 && published.Count > 0; i++)
            {
                using var response = await client.PostAsJsonAsync(
                    "/v1/chat/completions",
                    new { model = "free", messages = new[] { new { role = "user", content = "hi" } } },
                    TestContext.Current.CancellationToken);
                Assert.True(response.IsSuccessStatusCode, $"day {day}: {(int)response.StatusCode}");
            }

            violations.AddRange(control.Requests
                .Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal) && !served.Contains(r.Model ?? ""))
                .Select(r => $"day {day}: {r.Model}"));
        }

        Assert.Empty(violations);
    }

    private static WebApplicationFactory<routerapi::Program> StartRouter(HealthProbeTestHost probe)
    {
        var settings = probe.SharedSettings();
        settings["Router:ClientKeys:test"] = ClientKey;
        settings["Providers:openrouter:Quotas:RequestsPerMinute"] = "1000000";
        settings["Providers:openrouter:Quotas:RequestsPerDay"] = "1000000";
        settings["Providers:openrouter:Quotas:LearnFromUpstream"] = "false";
        return new WebApplicationFactory<routerapi::Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
    }
}
