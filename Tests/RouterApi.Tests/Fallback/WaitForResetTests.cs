extern alias simulator;

using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Fallback;

/// <summary>When every candidate is cooling and the reset is near, a client that accepts a short wait gets an answer instead of a 429.</summary>
public sealed class WaitForResetTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(1);

    [Fact]
    public async Task EveryModelCooling_ClientAcceptsAWait_RouterWaitsForTheResetAndAnswers()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(clock);
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions") { Content = System.Net.Http.Json.JsonContent.Create(ChatRequests.Body()) };
        request.Headers.Add("x-router-max-wait", "10");

        var pending = host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        await host.Simulator.WaitForRequestsAsync(2, TestContext.Current.CancellationToken);
        while (!pending.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(pending, Task.Delay(10, TestContext.Current.CancellationToken));
        }

        using var response = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", response.Header("x-router-attempts"));
        Assert.Equal([Pool[0], Pool[0]], host.Simulator.ChatModels());
    }

    [Fact]
    public async Task EveryModelCooling_ClientAcceptsAWaitInTheRouterObject_RouterWaitsForTheResetAndAnswers()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(clock);
        var body = ChatRequests.Body();
        body["router"] = new System.Text.Json.Nodes.JsonObject { ["max_wait"] = 10 };

        var pending = host.Client.PostAsync(body);
        await host.Simulator.WaitForRequestsAsync(2, TestContext.Current.CancellationToken);
        while (!pending.IsCompleted)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(pending, Task.Delay(10, TestContext.Current.CancellationToken));
        }

        using var response = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Pool[0], Pool[0]], host.Simulator.ChatModels());
    }

    [Fact]
    public async Task EveryModelCooling_ClientSaysNothing_Gets429AtOnce()
    {
        await using var host = await StartAsync(new FakeTimeProvider(DateTimeOffset.UtcNow));

        using var response = await host.Client.PostAsync(ChatRequests.Body());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter!.Delta);
    }

    private static Task<RouterTestHost> StartAsync(FakeTimeProvider clock) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Time = clock;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Model = Pool[0], Kind = FaultKinds.Upstream429, RetryAfterSeconds = 3, Count = 1 });
        });
}
