extern alias simulator;

using System.Diagnostics;
using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Fallback;

/// <summary>
/// A model that stalls (takes the request, sends nothing) or whose streams break after the first token costs the pool a
/// request or two, not many: the router hedges an overdue first token and cools such a model down.
/// </summary>
public sealed class StalledModelTests
{
    private const int Clients = 8;
    private static readonly string[] Pool = TestCatalog.ModelIds(30);
    private static readonly string Broken = Pool[0];

    [Fact]
    public async Task StalledModel_AmongThirty_GetsAtMostTwoAttempts_AndNoConcurrentClientWaitsTenSeconds()
    {
        await using var host = await StartAsync(FaultKinds.Stall);

        var slowest = await RunClientsAsync(host, requestsPerClient: 6, async response =>
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(Broken, response.Header("x-router-model"));
            Assert.DoesNotContain("upstream_stream_error", text, StringComparison.Ordinal);
        });

        Assert.InRange(host.Simulator.RequestCount(Broken), 1, 2);
        Assert.True(slowest < TimeSpan.FromSeconds(10), $"a client waited {slowest.TotalSeconds:0.0} s");
        Assert.Equal(AvailabilityState.Cooling, host.Services.GetRequiredService<AvailabilityTracker>().GetState(Broken).State);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StalledModel_NamedAlone_IsHedged_AndTheHeadersTellBothAttempts(bool stream)
    {
        await using var host = await StartAsync(FaultKinds.Stall);
        var before = host.Simulator.TotalRequests;
        var watch = Stopwatch.StartNew();

        using var response = await host.Client.PostStreamingAsync(ChatRequests.Body(Broken, stream));
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Overdue at the 2 s ceiling, far before the 30 s attempt timeout.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the client waited {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", response.Header("x-router-attempts"));
        Assert.NotEqual(Broken, response.Header("x-router-model"));

        // The stalled attempt was cancelled when the hedge answered, not left hanging until the attempt timeout: the simulator saw its client go.
        await host.Simulator.WaitForRequestsAsync(before + 2, TestContext.Current.CancellationToken);
        Assert.Equal(499, host.Simulator.Requests.Single(r => r.Model == Broken).Status);
        Assert.Equal(1, host.Simulator.RequestCount(response.Header("x-router-model")));
    }

    [Fact]
    public async Task StalledModel_SuspectedByReplicaA_IsAvoidedByReplicaB()
    {
        await using var replicas = await RouterReplicas.StartAsync(2, Configure(FaultKinds.Stall));

        using (var response = await replicas.A.Client.PostStreamingAsync(ChatRequests.Body(Broken, stream: true)))
        {
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal("2", response.Header("x-router-attempts"));
        }

        var trackerB = replicas.B.Services.GetRequiredService<AvailabilityTracker>();
        await Eventually.UntilAsync(() => trackerB.GetState(Broken).State == AvailabilityState.Cooling, "replica B sees the suspect model cooling", TimeSpan.FromSeconds(1));
        using var again = await replicas.B.Client.PostAsync(ChatRequests.Body(Broken));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("1", again.Header("x-router-attempts"));
        Assert.NotEqual(Broken, again.Header("x-router-model"));
    }

    [Fact]
    public async Task ModelWhoseStreamsBreakMidway_GetsAtMostThreeAttemptsInTwoHundredRequests()
    {
        await using var host = await StartAsync(FaultKinds.MidstreamError);

        await RunClientsAsync(host, requestsPerClient: 25, async response =>
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(response.Header("x-router-model") == Broken, text.Contains("upstream_stream_error", StringComparison.Ordinal));
        });

        Assert.InRange(host.Simulator.RequestCount(Broken), 1, 3);
        Assert.Equal(AvailabilityState.Cooling, host.Services.GetRequiredService<AvailabilityTracker>().GetState(Broken).State);
    }

    /// <summary>
    /// Eight clients at once, each sending its requests one after another, half of them streamed; the very first request names
    /// the broken model so it is surely tried, the rest ask the pool. Returns the longest wait.
    /// </summary>
    private static async Task<TimeSpan> RunClientsAsync(RouterTestHost host, int requestsPerClient, Func<HttpResponseMessage, Task> check)
    {
        var waits = new TimeSpan[Clients];

        async Task ClientAsync(int client)
        {
            for (var i = 0; i < requestsPerClient; i++)
            {
                var body = ChatRequests.Body(client == 0 && i == 0 ? Broken : "free", stream: client % 2 == 1 || (client == 0 && i == 0));
                var watch = Stopwatch.StartNew();
                using var response = await host.Client.PostStreamingAsync(body);
                await check(response);
                waits[client] = watch.Elapsed > waits[client] ? watch.Elapsed : waits[client];
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(ClientAsync));
        return waits.Max();
    }

    private static Task<RouterTestHost> StartAsync(string kind) => RouterTestHost.StartAsync(Configure(kind));

    private static Action<RouterTestHostOptions> Configure(string kind) =>
        options =>
        {
            options.Seed = 11;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Provider = "openrouter", Model = Broken, Kind = kind });

            // The simulator answers the healthy models at once; the stalled one is unmeasured, so it is overdue at the ceiling (2 s).
            options.Settings["Availability:FirstToken:Floor"] = "00:00:02";
            options.Settings["Availability:FirstToken:Ceiling"] = "00:00:02";

            // A suspect model stays out for the whole test, however slow the machine; the attempt timeout is not what catches the stall.
            options.Settings["Availability:DefaultCooldown"] = "00:10:00";
            options.Settings["Router:AttemptTimeout"] = "00:00:30";
        };
}
