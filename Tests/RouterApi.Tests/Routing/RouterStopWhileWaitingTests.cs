extern alias simulator;

using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Embeddings;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Load;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Routing;

/// <summary>
/// A router that stops (a deploy, a scale-down) while requests wait for a model's first token answers each of them 503
/// <c>router_stopping</c> with <c>Retry-After</c> within its drain, in the client's API (embeddings too), instead of letting the drain run out
/// into a connection reset; the upstream call is given up, and the model is not blamed for it.
/// </summary>
public sealed class RouterStopWhileWaitingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RouterStops_WhileAChatRequestWaitsForItsFirstToken_ItIsAnswered503RouterStopping(bool stream)
    {
        await using var host = await StartSlowAsync();

        using var response = await StopWhileWaitingAsync(host, () => host.Client.PostAsync(ChatRequests.Body(stream: stream)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        var error = (await response.JsonAsync()).GetProperty("error");
        Assert.Equal("router_stopping", error.GetProperty("code").GetString());
        Assert.Equal("server_error", error.GetProperty("type").GetString());
    }

    [Fact]
    public async Task RouterStops_WhileAMessagesRequestWaits_ItIsAnsweredInAnthropicsShape()
    {
        await using var host = await StartSlowAsync();

        using var response = await StopWhileWaitingAsync(host, () => host.PostMessagesAsync(MessagesRequests.Body()));

        // Anthropic's clients retry its 529 overloaded_error, as they should this.
        Assert.Equal(529, (int)response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var body = await response.JsonAsync();
        Assert.Equal("error", body.GetProperty("type").GetString());
        Assert.Equal("overloaded_error", body.GetProperty("error").GetProperty("type").GetString());
        Assert.Contains("router is stopping", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouterStops_WhileAnEmbeddingsRequestWaits_ItIsAnswered503RouterStopping()
    {
        await using var host = await EmbeddingPool.StartAsync(Slow);

        using var response = await StopWhileWaitingAsync(
            host, () => host.Client.PostEmbeddingsAsync(new JsonObject { ["model"] = EmbeddingPool.Gemini, ["input"] = "What is a vector?" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        Assert.Equal("router_stopping", (await response.JsonAsync()).GetProperty("error").GetProperty("code").GetString());
    }

    // Every model takes a minute to its first token, far longer than the router's drain (1 s), and is not hedged before then:
    // only the stop can answer.
    private static Task<RouterTestHost> StartSlowAsync() => RouterTestHost.StartAsync(Slow);

    private static void Slow(RouterTestHostOptions options)
    {
        options.Simulator.Mode = SimulatorModes.Realistic;
        options.Simulator.Latency.Add(new LatencyRule { TimeToFirstTokenMs = 60_000, TokensPerSecond = 50 });
        options.Settings["Availability:FirstToken:Ceiling"] = "00:01:00";
    }

    /// <summary>
    /// Sends the request, stops the router once the request's attempt is in flight, and returns its answer, having checked that
    /// the answer came once the attempt had ended (its upstream call given up, not left to run) and that the model it waited on
    /// is not cooling for it.
    /// </summary>
    private static async Task<HttpResponseMessage> StopWhileWaitingAsync(RouterTestHost host, Func<Task<HttpResponseMessage>> send)
    {
        // Taken before the stop: the host disposes its services as it stops, and these are read after.
        var load = host.Services.GetRequiredService<LoadTracker>();
        var availability = host.Services.GetRequiredService<AvailabilityTracker>();
        var sent = send();
        string? model = null;
        await Eventually.UntilAsync(() => (model = load.Sample().Find(sample => sample.InFlight > 0).ModelId) is not null, "an attempt in flight", TimeSpan.FromSeconds(10));
        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        var response = await sent;
        Assert.Equal(0, load.InFlight(model!));
        Assert.Null(availability.GetState(model!).CoolingUntil);
        return response;
    }
}
