extern alias simulator;

using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.Mode = SimulatorModes.Realistic;
            options.Simulator.ReplyTokens = 500;
            options.Simulator.Latency.Add(new LatencyRule { TimeToFirstTokenMs = 10, TokensPerSecond = 2 });
        });

        using var response = await host.Client.PostStreamingAsync(ChatRequests.Body(stream: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var model = response.Header("x-router-model");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("data: {", await reader.ReadLineAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var rest = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);

        Assert.Contains("\"code\":\"router_stopping\"", rest, StringComparison.Ordinal);
        Assert.EndsWith("data: [DONE]\n\n", rest, StringComparison.Ordinal);

        // The response ends only once the request's handler has returned, so its attempt is already concluded: a stream that
        // failed after its first token would have cooled the model (a suspect failure); one the router's stop cut did not.
        Assert.Null(host.Services.GetRequiredService<AvailabilityTracker>().GetState(model).CoolingUntil);
    }
}
