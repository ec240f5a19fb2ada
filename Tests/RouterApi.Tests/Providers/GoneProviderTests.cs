extern alias simulator;

using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>
/// A free tier that died answers 402 to everything: after 15 minutes of that the provider is gone (status says so, with the
/// upstream's words), gets no traffic but one probe an hour (requests for its models fall back to another provider), and
/// comes back when the probe succeeds.
/// </summary>
public sealed class GoneProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] OpenRouterPool = TestCatalog.ModelIds(1);

    [Fact]
    public async Task ProviderAnswering402ToEverything_IsGone_TakesNoTrafficButTheHourlyProbe_AndReturnsWhenTheProbeSucceeds()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await RouterTestHost.StartAsync(options => Configure(options, clock));

        await RefuseForFifteenMinutesAsync(host, clock);

        var gone = (await host.StatusAsync()).Provider("groq").GetProperty("gone");
        Assert.Contains("exceeded your current quota", gone.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(402, gone.GetProperty("status_code").GetInt32());
        Assert.Equal(Start.AddMinutes(44), gone.GetProperty("since").GetDateTimeOffset());

        for (var minute = 5; minute < 60; minute += 5)
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            using var askedForGroq = await host.Client.PostAsync(ChatRequests.Body(RouterTestHostOptions.GroqModel));
            using var free = await host.Client.PostAsync(ChatRequests.Body());
            Assert.Equal("openrouter", askedForGroq.Header("x-router-provider"));
            Assert.Equal("openrouter", free.Header("x-router-provider"));
        }

        Assert.Equal(5, GroqCalls(host));

        host.Simulator.ClearFaults();
        clock.Advance(TimeSpan.FromMinutes(5));
        using var probe = await host.Client.PostAsync(ChatRequests.Body(RouterTestHostOptions.GroqModel));

        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.Equal("groq", probe.Header("x-router-provider"));
        Assert.Equal(6, GroqCalls(host));
        Assert.False((await host.StatusAsync()).Provider("groq").TryGetProperty("gone", out _));
    }

    [Fact]
    public async Task GoneOnOneReplica_IsGoneOnTheOther_WhichSendsItNothing()
    {
        var clock = new FakeTimeProvider(Start);
        await using var replicas = await RouterReplicas.StartAsync(2, options => Configure(options, clock));

        await RefuseForFifteenMinutesAsync(replicas.A, clock);
        await Eventually.UntilAsync(
            async () => (await replicas.B.StatusAsync()).Provider("groq").TryGetProperty("gone", out _),
            "replica B learns through Redis that groq is gone",
            TimeSpan.FromSeconds(10));

        clock.Advance(TimeSpan.FromMinutes(5));
        using var askedForGroq = await replicas.B.Client.PostAsync(ChatRequests.Body(RouterTestHostOptions.GroqModel));

        Assert.Equal("openrouter", askedForGroq.Header("x-router-provider"));
        Assert.Equal(5, GroqCalls(replicas.A));
        Assert.NotNull(replicas.B.Services.GetRequiredService<GoneTracker>().Get("groq"));
    }

    private static void Configure(RouterTestHostOptions options, FakeTimeProvider clock)
    {
        options.Time = clock;
        options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(OpenRouterPool);
        options.Simulator.Faults.Add(new FaultRule { Provider = "groq", Kind = FaultKinds.Payment402 });
        options.AddGroq();
    }

    // Five refusals 11 minutes apart (past the longest default cooldown, 10 minutes): the fifth comes 44 minutes after the first.
    private static async Task RefuseForFifteenMinutesAsync(RouterTestHost host, FakeTimeProvider clock)
    {
        for (var i = 0; i < 5; i++)
        {
            if (i > 0)
            {
                clock.Advance(TimeSpan.FromMinutes(11));
            }

            using var response = await host.Client.PostAsync(ChatRequests.Body(RouterTestHostOptions.GroqModel));
            Assert.Equal("openrouter", response.Header("x-router-provider"));
        }

        Assert.Equal(5, GroqCalls(host));
    }

    private static int GroqCalls(RouterTestHost host) =>
        host.Simulator.Requests.Count(request => request.Provider == "groq" && request.Path.EndsWith("/chat/completions", StringComparison.Ordinal));
}
