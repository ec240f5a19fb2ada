extern alias simulator;

using System.Diagnostics;
using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Chat;

public sealed class StreamingRelayTests
{
    [Fact]
    public async Task ClientDisconnects_MidStream_TheUpstreamRequestIsCancelledToo()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.Mode = SimulatorModes.Realistic;
            options.Simulator.Latency.Add(new LatencyRule { TimeToFirstTokenMs = 10, TokensPerSecond = 2 });
        });
        var before = host.Simulator.TotalRequests;

        using (var response = await host.Client.PostStreamingAsync(ChatRequests.Body(stream: true)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
            var first = new byte[64];
            Assert.True(await body.ReadAsync(first, TestContext.Current.CancellationToken) > 0);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        await host.Simulator.WaitForRequestsAsync(before + 1, timeout.Token);
        var chat = Assert.Single(host.Simulator.Requests, r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal));
        Assert.Equal(499, chat.Status);
    }

    [Fact]
    public async Task StreamLongerThanTheAttemptTimeout_IsRelayedWhole_ItsFirstTokenHavingComeInTime()
    {
        var attemptTimeout = TimeSpan.FromSeconds(1);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.Mode = SimulatorModes.Realistic;
            options.Simulator.Latency.Add(new LatencyRule { TimeToFirstTokenMs = 10, TokensPerSecond = 8 });
            options.Settings["Router:AttemptTimeout"] = attemptTimeout.ToString();
        });
        var relaying = Stopwatch.StartNew();

        using var response = await host.Client.PostStreamingAsync(ChatRequests.Body(stream: true));
        var events = await response.ReadEventsAsync();

        Assert.True(relaying.Elapsed > attemptTimeout, $"the stream took {relaying.Elapsed}, not longer than the attempt timeout");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", response.Header("x-router-attempts"));
        Assert.Equal("[DONE]", events[^1]);
        Assert.DoesNotContain(events, data => data.Contains("\"error\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LongContextRequest_OnlyReachesModelsWithThatContext()
    {
        await using var host = await RouterTestHost.StartAsync();
        var large = FixtureModels.FreeIdsWhere(model => FixtureModels.ContextLength(model) >= 200_000);

        for (var i = 0; i < 10; i++)
        {
            var body = ChatRequests.Body();
            body["max_tokens"] = 199_000;
            using var response = await host.Client.PostAsync(body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.All(host.Simulator.ChatModels(), model => Assert.Contains(model, large));
    }
}
