extern alias simulator;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Time.Testing;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Replicas;

/// <summary>Two replicas under load on one fake clock: the status of either shows the load of both and the wait the upstream announced.</summary>
public sealed class RouterStatusTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(3);

    [Fact]
    public async Task InFlightRequestsOnTwoReplicas_AddUpInTheStatusOfEither()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var replicas = await RouterReplicas.StartAsync(2, options =>
        {
            Share(options, clock);
            options.Simulator.Latency.Add(new LatencyRule { TimeToFirstTokenMs = (int)TimeSpan.FromHours(1).TotalMilliseconds });

            // The router's time limits run on the shared clock too: the hour the answers take is within them.
            options.Settings["Router:AttemptTimeout"] = "02:00:00";
            options.Settings["Routing:Deadline"] = "02:00:00";
        });

        Task<HttpResponseMessage>[] pending =
        [
            replicas.A.Client.PostAsync(ChatRequests.Body(Pool[0])),
            replicas.A.Client.PostAsync(ChatRequests.Body(Pool[0])),
            replicas.A.Client.PostAsync(ChatRequests.Body(Pool[1])),
            replicas.B.Client.PostAsync(ChatRequests.Body(Pool[0])),
            replicas.B.Client.PostAsync(ChatRequests.Body(Pool[0])),
        ];

        foreach (var host in replicas.Hosts)
        {
            await Eventually.UntilAsync(
                async () =>
                {
                    clock.Advance(TimeSpan.FromSeconds(1));
                    var status = await host.StatusAsync();
                    return status.InFlight(Pool[0]) == 4 && status.InFlight(Pool[1]) == 1;
                },
                "both replicas' in-flight requests are summed");
            var settled = await host.StatusAsync();
            Assert.Equal(2, settled.GetProperty("replicas").GetInt32());
            Assert.Equal(0, settled.InFlight(Pool[2]));
        }

        clock.Advance(TimeSpan.FromHours(1));
        foreach (var response in await Task.WhenAll(pending))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        await Eventually.UntilAsync(
            async () =>
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                return (await replicas.B.StatusAsync()).GetProperty("models").EnumerateArray().All(model => model.GetProperty("in_flight").GetInt32() == 0);
            },
            "the finished requests leave both replicas' counts");
    }

    [Fact]
    public async Task FreeModelQuotaSpentAtTheUpstream_EstimatedWaitIsTheUpstreamsReset_AndCountsDownWithTheClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var replicas = await RouterReplicas.StartAsync(2, options =>
        {
            Share(options, clock);
            options.Simulator.OpenRouter.Quota.Enabled = true;
            options.Simulator.OpenRouter.Quota.RequestsPerMinute = 3;
        });
        for (var i = 0; i < 3; i++)
        {
            using var served = await replicas.Hosts[i % 2].Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using (var limited = await replicas.A.Client.PostAsync(ChatRequests.Body()))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        }

        var reset = await UpstreamResetAsync(replicas.A);
        foreach (var host in replicas.Hosts)
        {
            await Eventually.UntilAsync(async () => (await host.StatusAsync()).GetProperty("cooling").GetArrayLength() == Pool.Length, "every model cools until the reset");
            var status = await host.StatusAsync();
            Assert.Equal(reset, status.Provider("openrouter").GetProperty("cooling_until").GetDateTimeOffset());
            Assert.All(status.GetProperty("cooling").EnumerateArray(), cooling => Assert.Equal(reset, cooling.GetProperty("until").GetDateTimeOffset()));
            Assert.All(Pool, id => Assert.Equal((reset - clock.GetUtcNow()).TotalSeconds, status.Model(id).GetProperty("estimated_wait_seconds").GetDouble(), 3));
            Assert.Equal(0, status.GetProperty("pool").GetProperty("states").GetProperty("available").GetInt32());
            Assert.Equal(Pool.Length, status.GetProperty("pool").GetProperty("states").GetProperty("cooling").GetInt32());
        }

        clock.Advance(TimeSpan.FromSeconds(15));

        var later = await replicas.B.StatusAsync();
        Assert.Equal((reset - clock.GetUtcNow()).TotalSeconds, later.Model(Pool[0]).GetProperty("estimated_wait_seconds").GetDouble(), 3);
        Assert.Equal(reset, later.Model(Pool[0]).GetProperty("available_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task KnownQuotaSpentByBothReplicas_StatusShowsUsedRemainingAndTheReset()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 20, TimeSpan.Zero));
        await using var replicas = await RouterReplicas.StartAsync(2, options =>
        {
            Share(options, clock);
            options.Settings["Providers:openrouter:Quotas:RequestsPerMinute"] = "4";
        });
        for (var i = 0; i < 4; i++)
        {
            using var served = await replicas.Hosts[i % 2].Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        var status = await replicas.B.StatusAsync();

        var minute = status.Provider("openrouter").GetProperty("quotas").EnumerateArray().Single(window => window.GetProperty("window").GetString() == "minute");
        Assert.Equal(4, minute.GetProperty("limit").GetInt32());
        Assert.Equal(4, minute.GetProperty("used").GetInt64());
        Assert.Equal(0, minute.GetProperty("remaining").GetInt64());
        var endOfMinute = new DateTimeOffset(2026, 5, 1, 12, 1, 0, TimeSpan.Zero);
        Assert.Equal(endOfMinute, minute.GetProperty("resets_at").GetDateTimeOffset());
        Assert.All(Pool, id => Assert.Equal(40, status.Model(id).GetProperty("estimated_wait_seconds").GetDouble(), 3));
    }

    [Fact]
    public async Task ModelsList_ShowsTheSameLoadAndWaitFields()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool));
        using (var served = await host.Client.PostAsync(ChatRequests.Body(Pool[1])))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using var document = JsonDocument.Parse(await host.Client.GetStringAsync("v1/models", TestContext.Current.CancellationToken));

        var model = document.RootElement.GetProperty("data").EnumerateArray().Single(entry => entry.GetProperty("id").GetString() == Pool[1]);
        Assert.Equal(0, model.GetProperty("in_flight").GetInt32());
        Assert.Equal(0.1, model.GetProperty("requests_per_second").GetDouble(), 3);
        Assert.True(model.GetProperty("ttft_p50_ms").GetDouble() >= 0);
        Assert.Equal(0, model.GetProperty("estimated_wait_seconds").GetDouble());
        Assert.Equal("available", model.GetProperty("state").GetString());
    }

    private static void Share(RouterTestHostOptions options, FakeTimeProvider clock)
    {
        options.Time = clock;
        options.SimulatorSharesClock = true;
        options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
    }

    // Asks the simulated OpenRouter itself, with the router's key, when its free-model limit resets.
    private static async Task<DateTimeOffset> UpstreamResetAsync(RouterTestHost host)
    {
        using var upstream = new HttpClient { BaseAddress = new Uri(host.SimulatorHandle.OpenRouterEndpoint + "/") };
        upstream.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RouterTestHost.UpstreamKey);
        using var response = await upstream.PostAsJsonAsync("chat/completions", ChatRequests.Body(Pool[0]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var epochMs = long.Parse(response.Headers.GetValues("X-RateLimit-Reset").Single(), CultureInfo.InvariantCulture);
        return DateTimeOffset.FromUnixTimeMilliseconds(epochMs);
    }
}
