extern alias simulator;

using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Embeddings;

/// <summary>
/// Vectors of different models cannot be compared, so an embeddings request whose model is down answers with that reason and
/// never returns another model's vectors; it may move to another provider of the same model.
/// </summary>
public sealed class EmbeddingFallbackTests
{
    [Fact]
    public async Task ModelDown_ItsOnlyProviderFails_503NamesTheModelAndWhy_AndNoOtherModelIsCalled()
    {
        await using var host = await EmbeddingPool.StartAsync(options =>
            options.Simulator.Faults.Add(new FaultRule { Provider = "gemini", Model = "gemini-embedding-001", Kind = FaultKinds.Unavailable503 }));

        using var response = await host.Client.PostEmbeddingsAsync(Body(EmbeddingPool.Gemini));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var error = (await response.ReadJsonAsync())["error"]!;
        var message = error["message"]!.GetValue<string>();
        Assert.Contains($"'{EmbeddingPool.Gemini}' is unavailable", message, StringComparison.Ordinal);
        Assert.Contains("The model is overloaded", message, StringComparison.Ordinal);
        Assert.Contains("never falls back to a different model", message, StringComparison.Ordinal);
        Assert.Equal("server_error", error["type"]!.GetValue<string>());
        Assert.Equal("model_unavailable", error["code"]!.GetValue<string>());
        Assert.Equal([("gemini", "gemini-embedding-001")], host.EmbeddingCalls());
    }

    [Fact]
    public async Task ModelsDailyQuotaSpent_429WithRetryAfter_NamesTheModel()
    {
        await using var host = await EmbeddingPool.StartAsync(options => options.Simulator.Faults.Add(
            new FaultRule { Provider = "gemini", Model = "gemini-embedding-001", Kind = FaultKinds.RateLimitDay, RetryAfterSeconds = 3600 }));

        using var response = await host.Client.PostEmbeddingsAsync(Body(EmbeddingPool.Gemini));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(30), $"Retry-After {response.Headers.RetryAfter}");
        var error = (await response.ReadJsonAsync())["error"]!;
        Assert.Contains($"'{EmbeddingPool.Gemini}' is unavailable", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("rate_limit_exceeded", error["code"]!.GetValue<string>());
        Assert.Equal([("gemini", "gemini-embedding-001")], host.EmbeddingCalls());
    }

    [Fact]
    public async Task OneProviderOfTheModelDown_TheRequestMovesToItsOtherProvider_AndTheVectorsAreThatModels()
    {
        await using var host = await EmbeddingPool.StartAsync(options =>
        {
            // NVIDIA first: Workers AI's BGE-M3 weighs so little that the seeded draw orders it second.
            options.Seed = 19;
            options.Settings["Routing:Weights:0:Model"] = EmbeddingPool.WorkersAiBgeM3;
            options.Settings["Routing:Weights:0:Weight"] = "0.0001";
            options.Simulator.Faults.Add(new FaultRule { Provider = "nvidia", Model = "baai/bge-m3", Kind = FaultKinds.Unavailable503 });
        });

        using var moved = await host.Client.PostEmbeddingsAsync(Body(EmbeddingPool.NvidiaBgeM3));

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(EmbeddingPool.WorkersAiBgeM3, moved.Header("x-router-model"));
        Assert.Equal("workers-ai", moved.Header("x-router-provider"));
        Assert.Equal("2", moved.Header("x-router-attempts"));
        Assert.Equal([("nvidia", "baai/bge-m3"), ("cloudflare", "@cf/baai/bge-m3")], host.EmbeddingCalls());
        var answer = await moved.ReadJsonAsync();
        Assert.Equal(EmbeddingPool.WorkersAiBgeM3, answer["model"]!.GetValue<string>());
        var vector = EmbeddingPool.Floats(answer["data"]![0]!["embedding"]!);

        using var direct = await host.Client.PostEmbeddingsAsync(Body(EmbeddingPool.WorkersAiBgeM3));
        using var otherModel = await host.Client.PostEmbeddingsAsync(Body(EmbeddingPool.Mistral));
        Assert.Equal(EmbeddingPool.Floats((await direct.ReadJsonAsync())["data"]![0]!["embedding"]!), vector);
        var other = EmbeddingPool.Floats((await otherModel.ReadJsonAsync())["data"]![0]!["embedding"]!);
        Assert.Equal(vector.Length, other.Length);
        Assert.NotEqual(other, vector);
    }

    [Fact]
    public async Task EveryProviderOfTheModelDown_FailsNamingIt_AndNoOtherModelIsTried()
    {
        await using var host = await EmbeddingPool.StartAsync(options =>
        {
            options.Simulator.Faults.Add(new FaultRule { Provider = "nvidia", Model = "baai/bge-m3", Kind = FaultKinds.BadGateway502 });
            options.Simulator.Faults.Add(new FaultRule { Provider = "cloudflare", Model = "@cf/baai/bge-m3", Kind = FaultKinds.BadGateway502 });
        });

        using var response = await host.Client.PostEmbeddingsAsync(Body(EmbeddingPool.NvidiaBgeM3));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var message = (await response.ReadJsonAsync())["error"]!["message"]!.GetValue<string>();
        Assert.Contains(EmbeddingPool.NvidiaBgeM3, message, StringComparison.Ordinal);
        Assert.Contains(EmbeddingPool.WorkersAiBgeM3, message, StringComparison.Ordinal);
        Assert.Equal(["baai/bge-m3", "@cf/baai/bge-m3"], host.EmbeddingCalls().Select(call => call.Model).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task FreeEmbedding_ThePickedModelDown_FailsNamingIt_RatherThanAnsweringWithAnotherModel()
    {
        await using var host = await EmbeddingPool.StartAsync(options =>
            options.Simulator.Faults.Add(new FaultRule { Provider = "*", Kind = FaultKinds.Unavailable503 }));

        using var response = await host.Client.PostEmbeddingsAsync(Body("free:embedding"));

        // Unavailable, or cooling down for the Retry-After the provider gave: either way no vectors, and the reason.
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests });
        var weights = Assert.Single(host.EmbeddingCalls().Select(call => EmbeddingPool.Weights(call.Model)).Distinct());
        var message = (await response.ReadJsonAsync())["error"]!["message"]!.GetValue<string>();
        var named = Assert.Single(EmbeddingPool.All, id => message.Contains($"'{id}' is unavailable", StringComparison.Ordinal));
        Assert.Equal(weights, EmbeddingPool.Weights(named));
    }

    [Fact]
    public async Task BlockedModel_IsNotCalled_AndTheAnswerSaysWhy()
    {
        await using var host = await EmbeddingPool.StartAsync(options => options.Settings["Routing:Blocked:0"] = EmbeddingPool.Gemini);

        using var response = await host.Client.PostEmbeddingsAsync(Body(EmbeddingPool.Gemini));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("the model is blocked", (await response.ReadJsonAsync())["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(host.EmbeddingCalls());
    }

    private static JsonObject Body(string model) => new() { ["model"] = model, ["input"] = "What is a vector?", ["encoding_format"] = "float" };
}
