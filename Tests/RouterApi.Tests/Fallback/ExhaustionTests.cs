extern alias simulator;

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Fallback;

/// <summary>When no model answers, the client learns why, and when to come back.</summary>
public sealed class ExhaustionTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(2);

    [Fact]
    public async Task EveryModelRateLimited_Gets429WithRetryAfterOfTheEarliestReset_AndLaterRequestsAreRefusedAtOnce()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Model = Pool[0], Kind = FaultKinds.Upstream429, RetryAfterSeconds = 40 });
            options.Simulator.Faults.Add(new FaultRule { Model = Pool[1], Kind = FaultKinds.Upstream429, RetryAfterSeconds = 90 });
        });

        using var first = await host.Client.PostAsync(ChatRequests.Body());
        using var second = await host.Client.PostAsync(ChatRequests.Body());

        foreach (var response in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.InRange(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 38, 41);
            using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("rate_limit_exceeded", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        }

        Assert.Equal("2", first.Header("x-router-attempts"));
        Assert.Equal("0", second.Header("x-router-attempts"));
        Assert.Equal(2, host.Simulator.ChatModels().Count);
    }

    [Fact]
    public async Task EveryModelBroken_Gets503SayingHowManyWereTriedAndWhy()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Kind = FaultKinds.ErrorIn200 });
        });

        using var response = await host.Client.PostAsync(ChatRequests.Body());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var message = error.RootElement.GetProperty("error").GetProperty("message").GetString()!;
        Assert.StartsWith("Tried 2 free models, none answered:", message, StringComparison.Ordinal);
        Assert.All(Pool, id => Assert.Contains(id, message, StringComparison.Ordinal));
        Assert.Equal("no_model_available", error.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AttemptBudget_BoundsHowManyModelsOneRequestTries()
    {
        var pool = TestCatalog.ModelIds(6);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(pool);
            options.Simulator.Faults.Add(new FaultRule { Kind = FaultKinds.ErrorIn200 });
            options.Settings["Routing:AttemptBudget"] = "3";
        });

        using var response = await host.Client.PostAsync(ChatRequests.Body());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("3", response.Header("x-router-attempts"));
        Assert.Equal(3, host.Simulator.ChatModels().Count);
    }

    [Fact]
    public async Task NamedModel_WithoutFallbacks_ReturnsItsFailureInsteadOfAnotherModel()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Model = Pool[0], Kind = FaultKinds.BadGateway502 });
        });
        var body = ChatRequests.Body(Pool[0]);
        body["provider"] = new JsonObject { ["allow_fallbacks"] = false };

        using var response = await host.Client.PostAsync(body);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Pool[0]], host.Simulator.ChatModels());
    }

    [Fact]
    public async Task ModelsList_IsTriedInOrderBeforeThePool()
    {
        var pool = TestCatalog.ModelIds(5);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(pool);
            options.Simulator.Faults.Add(new FaultRule { Model = pool[3], Kind = FaultKinds.Unavailable503 });
        });
        var body = ChatRequests.Body(pool[3]);
        body["models"] = new JsonArray(pool[3], pool[1]);

        using var response = await host.Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pool[1], response.Header("x-router-model"));
        Assert.Equal([pool[3], pool[1]], host.Simulator.ChatModels());
    }

    [Fact]
    public async Task ContextTooLongForTheNamedModel_MovesOnToALargerContext()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write([("test/small:free", 1_000), ("test/large:free", 100_000)]));
        var body = ChatRequests.Body("test/small:free");
        body["max_tokens"] = 5_000;

        using var response = await host.Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("test/large:free", response.Header("x-router-model"));
        Assert.Equal(["test/small:free", "test/large:free"], host.Simulator.ChatModels());
    }

    [Fact]
    public async Task PromptAndMaxTokensLargerThanEveryContext_GetsContextLengthExceeded()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write([("test/small:free", 1_000)]));
        var body = ChatRequests.Body();
        body["max_tokens"] = 5_000;

        using var response = await host.Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("context_length_exceeded", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("messages", error.RootElement.GetProperty("error").GetProperty("param").GetString());
        Assert.Contains("largest context window in the free pool that can serve this request is 1000 tokens", error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(host.Simulator.ChatModels());
    }
}
