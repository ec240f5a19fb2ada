using System.Net;
using AspireRouter.RouterApi.Telemetry;
using AspireRouter.RouterApi.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterApi.Tests.Telemetry;

/// <summary>The router's gauges, read as any metrics backend reads them: quota left per provider and window, pool size by state.</summary>
public sealed class RouterGaugesTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(3);

    [Fact]
    public async Task AfterRequests_QuotaRemainingCountsThemDown_PerWindow_AndPoolStatesMatchTheStatus()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 20, TimeSpan.Zero));
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Time = clock;
            options.SimulatorSharesClock = true;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Settings["Providers:openrouter:Quotas:RequestsPerMinute"] = "50";
            options.Settings["Providers:openrouter:Quotas:RequestsPerDay"] = "2000";
        });
        const int Requests = 3;
        for (var i = 0; i < Requests; i++)
        {
            using var served = await host.Client.PostAsync(ChatRequests.Body(Pool[i]));
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        var readings = RouterGaugeReader.Read(host);
        var status = await host.StatusAsync();

        Assert.Equal(50 - Requests, Quota(readings, "minute"));
        Assert.Equal(2000 - Requests, Quota(readings, "day"));
        foreach (var state in status.GetProperty("pool").GetProperty("states").EnumerateObject())
        {
            var gauge = readings.Single(reading => reading.Instrument == RouterGauges.PoolModelsInstrument && reading.Tags[RouterGauges.StateTag] == state.Name);
            Assert.True(state.Value.GetInt32() == gauge.Value, $"pool models '{state.Name}': status {state.Value.GetInt32()}, gauge {gauge.Value}");
        }

        Assert.Equal(Requests, readings.Single(reading => reading.Tags.GetValueOrDefault(RouterGauges.StateTag) == "available").Value);
    }

    [Fact]
    public async Task NewWindow_QuotaRemainingIsTheWholeLimitAgain()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 20, TimeSpan.Zero));
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Time = clock;
            options.SimulatorSharesClock = true;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Settings["Providers:openrouter:Quotas:RequestsPerMinute"] = "50";
        });
        using (var served = await host.Client.PostAsync(ChatRequests.Body(Pool[0])))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(50, Quota(RouterGaugeReader.Read(host), "minute"));
    }

    private static long Quota(IReadOnlyList<GaugeReading> readings, string window) =>
        readings.Single(reading => reading.Instrument == RouterGauges.QuotaRemainingInstrument
            && reading.Tags[RouterGauges.ProviderTag] == "openrouter"
            && reading.Tags[RouterGauges.WindowTag] == window).Value;
}
