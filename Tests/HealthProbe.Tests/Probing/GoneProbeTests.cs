extern alias simulator;

using AspireRouter.HealthProbe.Probing;
using AspireRouter.HealthProbe.Tests.Support;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.HealthProbe.Tests.Probing;

/// <summary>A provider the routers marked gone gets no HealthProbe probe until one is due, and a probe that succeeds brings it back everywhere.</summary>
public sealed class GoneProbeTests
{
    [Fact]
    public async Task GoneProvider_IsNotProbedBeforeItsProbeIsDue_ThenOneProbeSucceeds_AndItIsBackForEveryRouter()
    {
        await using var host = await HealthProbeTestHost.StartAsync(
            new SimulatorOptions { Mode = SimulatorModes.ZeroLatency, OpenRouter = { Quota = { Enabled = false } } },
            new Dictionary<string, string?>
            {
                ["Providers:openrouter:Quotas:RequestsPerDay"] = "100000",
                ["Providers:openrouter:Quotas:RequestsPerMinute"] = "100000",
            });
        var gone = host.Services.GetRequiredService<GoneRepository>();
        var tracker = host.Services.GetRequiredService<GoneTracker>();
        var scheduler = host.Services.GetRequiredService<ProbeScheduler>();
        var justNow = new GoneStatus("openrouter", DateTimeOffset.UtcNow, "Invalid API Key") { StatusCode = 401 };

        await gone.WriteAsync(justNow);
        await Eventually.UntilAsync(() => tracker.Get("openrouter") == justNow, "HealthProbe learns that openrouter is gone", TimeSpan.FromSeconds(5));

        Assert.Equal(0, await scheduler.RunRoundAsync(TestContext.Current.CancellationToken));
        Assert.Empty(ChatRequests(host));

        var twoHoursAgo = justNow with { Since = DateTimeOffset.UtcNow.AddHours(-2) };
        await gone.WriteAsync(twoHoursAgo);
        await Eventually.UntilAsync(() => tracker.Get("openrouter") == twoHoursAgo, "HealthProbe learns when it went", TimeSpan.FromSeconds(5));

        // The round's first probe is the due one; it succeeds, so openrouter is back and the rest of the round probes as usual.
        Assert.Equal(host.Services.GetRequiredService<CatalogStore>().Current.Count, await scheduler.RunRoundAsync(TestContext.Current.CancellationToken));
        await Eventually.UntilAsync(async () => (await gone.ReadAllAsync()).Count == 0, "the successful probe clears ar:gone", TimeSpan.FromSeconds(5));
        Assert.Null(tracker.Get("openrouter"));
    }

    private static List<string> ChatRequests(HealthProbeTestHost host) =>
        [.. host.Simulator.Control.Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).Select(r => r.Model ?? "")];
}
