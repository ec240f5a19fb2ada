using System.Net;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Hosting;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Tests.Hosting;

/// <summary>Starting the simulator inside a test process.</summary>
public sealed class SimulatorHostTests
{
    [Fact]
    public async Task StartAsync_ListensOnALoopbackPortItReadsBack()
    {
        await using var simulator = await SimulatorHost.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var client = simulator.Client();

        using var response = await client.GetAsync(new Uri("health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("127.0.0.1", simulator.BaseAddress.Host);
        Assert.NotEqual(0, simulator.BaseAddress.Port);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_FailsAtStartNamingTheProblem()
    {
        var options = new SimulatorOptions { Mode = "warp-speed", Faults = [new FaultRule { Kind = "nope" }] };

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => SimulatorHost.StartAsync(options, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("warp-speed", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'nope'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZeroLatencyMode_AnswersTiny()
    {
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Mode = SimulatorModes.ZeroLatency }, cancellationToken: TestContext.Current.CancellationToken);
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.PaidModel);
        var body = await response.JsonAsync();

        Assert.Equal($"OK from {TestSimulator.PaidModel}.", body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        Assert.Equal(4, body.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task DefaultOptions_ServeAGroqLikeProvider()
    {
        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Mode = SimulatorModes.ZeroLatency }, cancellationToken: TestContext.Current.CancellationToken);
        using var client = simulator.Client();

        using var response = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("openai/gpt-oss-120b"), "gsk_key");
        using var retired = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("llama-3.3-70b-versatile"), "gsk_key");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1000", response.Header("x-ratelimit-limit-requests"));
        Assert.Equal(HttpStatusCode.NotFound, retired.StatusCode);
    }
}
