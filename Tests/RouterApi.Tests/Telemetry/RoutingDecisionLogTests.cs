using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterApi.Tests.Telemetry;

/// <summary>Every answered request leaves one routing decision in <c>ar:requests</c> for the portal, with the tokens the model reported.</summary>
public sealed class RoutingDecisionLogTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnsweredRequest_IsLoggedWithModelKeyAttemptsAndTokens(bool stream)
    {
        await using var host = await RouterTestHost.StartAsync();
        var log = host.Services.GetRequiredService<RequestLogRepository>();
        var body = ChatRequests.Body(stream: stream);
        if (stream)
        {
            body["stream_options"] = new JsonObject { ["include_usage"] = true };
        }

        using (var response = await host.Client.PostStreamingAsync(body))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        await Eventually.UntilAsync(async () => (await log.RecentAsync(10)).Count == 1, "the decision is logged");
        var decision = Assert.Single(await log.RecentAsync(10));
        Assert.Equal("test", decision.KeyName);
        Assert.Equal("free", decision.RequestedModel);
        Assert.Equal(host.Simulator.ChatModels()[0], decision.ChosenModel);
        Assert.Equal(200, decision.Status);
        Assert.Single(decision.Attempts);
        Assert.True(decision.PromptTokens > 0 && decision.CompletionTokens > 0, $"tokens {decision.PromptTokens}/{decision.CompletionTokens}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TracedRequest_IsLoggedWithItsTraceId_OnlyWhenTheTraceIsRecorded(bool sampled)
    {
        await using var host = await RouterTestHost.StartAsync();
        var log = host.Services.GetRequiredService<RequestLogRepository>();
        var traceId = ActivityTraceId.CreateRandom();

        // The caller's trace, which the client's traceparent carries to the router (sampled or not, as the caller decided).
        using (new Activity("caller").SetParentId(traceId, ActivitySpanId.CreateRandom(), sampled ? ActivityTraceFlags.Recorded : ActivityTraceFlags.None).Start())
        using (var response = await host.Client.PostAsync(ChatRequests.Body()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Eventually.UntilAsync(async () => (await log.RecentAsync(10)).Count == 1, "the decision is logged");
        var decision = Assert.Single(await log.RecentAsync(10));
        Assert.Equal(sampled ? traceId.ToHexString() : null, decision.TraceId);
    }

    [Fact]
    public async Task LightTraffic_IsLoggedInOneWritePerFlushInterval()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Time = clock;
            options.Settings["Router:RequestLogFlushInterval"] = "00:00:01";
        });
        var pending = host.Services.GetRequiredService<RoutingDecisionRecorder>().Pending;
        var log = host.Services.GetRequiredService<RequestLogRepository>();
        for (var i = 0; i < 2; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The writer woke for the first decision and waits out the interval: both stay queued, nothing is written yet.
        await Eventually.UntilAsync(() => pending.Count == 2, "both decisions are queued");
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(2, pending.Count);
        Assert.Empty(await log.RecentAsync(10));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.UntilAsync(async () => (await log.RecentAsync(10)).Count == 2, "both decisions are logged together");
        Assert.Equal(0, pending.Count);
    }

    [Fact]
    public async Task DecisionsQueuedWhenTheRouterStops_AreWrittenAsItStops()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var redis = await TestRedis.StartAsync(RedisKind.Garnet);
        var host = await RouterTestHost.StartAsync(options =>
        {
            options.Time = clock;
            options.SharedRedis = redis;
            options.Settings["Router:RequestLogFlushInterval"] = "00:00:01";
        });
        await using (host)
        {
            var pending = host.Services.GetRequiredService<RoutingDecisionRecorder>().Pending;
            for (var i = 0; i < 2; i++)
            {
                using var response = await host.Client.PostAsync(ChatRequests.Body());
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            await Eventually.UntilAsync(() => pending.Count == 2, "both decisions are queued");
        }

        // The router's clock never reached the end of the interval: its stop wrote them.
        using var connection = await redis.ConnectAsync();
        var log = new RequestLogRepository(connection, Options.Create(new RequestLogOptions()));
        Assert.Equal(2, (await log.RecentAsync(10)).Count);
    }
}
