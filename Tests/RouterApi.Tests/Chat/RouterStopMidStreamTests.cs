extern alias simulator;

using System.Net;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Chat;

/// <summary>
/// A router that stops (a deploy, a scale-down) while streams run ends each at once with an error event that says why, then
/// <c>[DONE]</c>, instead of cutting it without a word when its drain runs out; the model that was streaming is not blamed.
/// </summary>
public sealed class RouterStopMidStreamTests
{
    [Fact]
    public async Task RouterStops_MidStream_TheStreamEndsWithRouterStopping_AndTheModelDoesNotCoolDown()
    {
        // The router's clock stands still, so the request log keeps the decision queued where the test can see it was made.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Time = clock;
            options.Settings["Router:RequestLogFlushInterval"] = "00:00:10";
            options.Simulator.Mode = SimulatorModes.Realistic;
            options.Simulator.ReplyTokens = 500;
            options.Simulator.Latency.Add(new LatencyRule { TimeToFirstTokenMs = 10, TokensPerSecond = 2 });
        });
        var decisions = host.Services.GetRequiredService<RoutingDecisionRecorder>().Pending;

        using var response = await host.Client.PostStreamingAsync(ChatRequests.Body(stream: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var model = response.Header("x-router-model");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("data: {", await reader.ReadLineAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var rest = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);

        Assert.Contains("\"code\":\"router_stopping\"", rest, StringComparison.Ordinal);
        Assert.EndsWith("data: [DONE]\n\n", rest, StringComparison.Ordinal);
        await Eventually.UntilAsync(() => decisions.Count == 1, "the request's routing decision is made");
        Assert.Null(host.Services.GetRequiredService<AvailabilityTracker>().GetState(model).CoolingUntil);
    }
}
