extern alias simulator;

using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.DependencyInjection;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Fallback;

/// <summary>A model that fails, in each way OpenRouter fails, is fallen back from invisibly and cooled down as its headers say.</summary>
public sealed class FallbackTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(4);
    private static readonly string Failing = Pool[0];

    [Theory]
    [InlineData(FaultKinds.Capacity429)]
    [InlineData(FaultKinds.Upstream429)]
    [InlineData(FaultKinds.Payment402)]
    [InlineData(FaultKinds.NoEndpoints404)]
    [InlineData(FaultKinds.BadGateway502)]
    [InlineData(FaultKinds.Unavailable503)]
    [InlineData(FaultKinds.ErrorIn200)]
    [InlineData(FaultKinds.Stall)]
    public async Task FailingModel_EveryRequestStillSucceeds_ViaAnotherModel(string kind)
    {
        await using var host = await StartAsync(kind);

        for (var i = 0; i < 20; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body(i == 0 ? Failing : "free"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(Failing, response.Header("x-router-model"));
        }

        using var first = await host.Client.PostAsync(ChatRequests.Body(Failing));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(host.Simulator.RequestCount(Failing) >= 1, "the failing model was never tried");
    }

    [Theory]
    [InlineData(FaultKinds.Upstream429, 45)]
    [InlineData(FaultKinds.BadGateway502, 20)]
    [InlineData(FaultKinds.Unavailable503, 25)]
    public async Task FailingModel_WithAnnouncedWait_CoolsDownUntilThen_AndGetsNoMoreTraffic(string kind, int retryAfterSeconds)
    {
        await using var host = await StartAsync(kind, retryAfterSeconds);
        var before = DateTimeOffset.UtcNow;

        using var response = await host.Client.PostAsync(ChatRequests.Body(Failing));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", response.Header("x-router-attempts"));

        var state = host.Services.GetRequiredService<AvailabilityTracker>().GetState(Failing);
        Assert.Equal(AvailabilityState.Cooling, state.State);
        Assert.InRange(state.CoolingUntil!.Value, before.AddSeconds(retryAfterSeconds - 1), DateTimeOffset.UtcNow.AddSeconds(retryAfterSeconds + 1));

        for (var i = 0; i < 20; i++)
        {
            using var again = await host.Client.PostAsync(ChatRequests.Body(i % 2 == 0 ? Failing : "free"));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Equal(1, host.Simulator.RequestCount(Failing));
    }

    [Theory]
    [InlineData(FaultKinds.Capacity429)]
    [InlineData(FaultKinds.Payment402)]
    [InlineData(FaultKinds.NoEndpoints404)]
    public async Task FailingModel_WithoutAnnouncedWait_CoolsDownForTheDefaultBackoff(string kind)
    {
        await using var host = await StartAsync(kind);

        using var response = await host.Client.PostAsync(ChatRequests.Body(Failing));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var state = host.Services.GetRequiredService<AvailabilityTracker>().GetState(Failing);
        Assert.Equal(AvailabilityState.Cooling, state.State);
        Assert.True(state.CoolingUntil > DateTimeOffset.UtcNow, "the model is not cooling down");
        Assert.Null(host.Services.GetRequiredService<AvailabilityTracker>().GetProviderCooldown("openrouter"));
    }

    [Theory]
    [InlineData(FaultKinds.RateLimitMinute)]
    [InlineData(FaultKinds.RateLimitDay)]
    public async Task AccountLimit_CoolsTheWholeProvider_AndAnotherProviderAnswers(string kind)
    {
        await using var host = await StartAsync(kind, withGroq: true);

        for (var i = 0; i < 10; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body(i == 0 ? Failing : "free"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(i == 0 ? "2" : "1", response.Header("x-router-attempts"));
            Assert.Equal("groq", response.Header("x-router-provider"));
        }

        var openRouterCalls = Pool.Sum(id => host.Simulator.RequestCount(id));
        Assert.Equal(1, openRouterCalls);
        Assert.NotNull(host.Services.GetRequiredService<AvailabilityTracker>().GetProviderCooldown("openrouter"));
    }

    [Fact]
    public async Task MidStreamFailure_AfterTheFirstToken_EndsTheStreamWithAnOpenAiErrorEvent()
    {
        await using var host = await StartAsync(FaultKinds.MidstreamError);

        using var response = await host.Client.PostStreamingAsync(ChatRequests.Body(Failing, stream: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Failing, response.Header("x-router-model"));
        var events = await response.ReadEventsAsync();

        Assert.Equal("[DONE]", events[^1]);
        var error = JsonNode.Parse(events[^2])!["error"]!;
        Assert.Equal("upstream_error", error["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
        Assert.True(events.Count > 2, "the stream carried no token before the failure");
    }

    private static Task<RouterTestHost> StartAsync(string kind, int? retryAfterSeconds = null, bool withGroq = false) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Seed = 5;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Provider = "openrouter", Model = Failing, Kind = kind, RetryAfterSeconds = retryAfterSeconds });
            options.Settings["Router:AttemptTimeout"] = "00:00:01";
            if (withGroq)
            {
                options.AddGroq();
            }
        });
}
