using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Embeddings;

/// <summary><c>GET /v1/models</c> lists the embedding models with their dimensions; they never answer chat requests, even named.</summary>
public sealed class EmbeddingModelListingTests
{
    [Fact]
    public async Task ModelsList_HasEveryShippedEmbeddingModel_WithItsDimensions_AndFreeEmbedding()
    {
        await using var host = await EmbeddingPool.StartAsync();

        var models = await host.Client.GetFromJsonAsync<JsonObject>("v1/models", TestContext.Current.CancellationToken);

        var byId = models!["data"]!.AsArray().ToDictionary(m => m!["id"]!.GetValue<string>(), m => m!);
        Assert.All(EmbeddingPool.All, id =>
        {
            Assert.True(byId.ContainsKey(id), $"{id} is not listed");
            Assert.Equal(["embeddings"], byId[id]["output_modalities"]!.AsArray().Select(m => m!.GetValue<string>()));
            Assert.Contains("embeddings", byId[id]["capabilities"]!.AsArray().Select(c => c!.GetValue<string>()));
            Assert.True(byId[id]["dimensions"]!.GetValue<int>() > 0, id);
        });
        Assert.Equal(3072, byId[EmbeddingPool.Gemini]["dimensions"]!.GetValue<int>());
        Assert.Equal(128, byId[EmbeddingPool.Gemini]["min_dimensions"]!.GetValue<int>());
        Assert.Equal(1024, byId[EmbeddingPool.Mistral]["dimensions"]!.GetValue<int>());
        Assert.Null(byId[EmbeddingPool.Mistral]["min_dimensions"]);
        Assert.Equal(384, byId[EmbeddingPool.HuggingFaceMiniLm]["dimensions"]!.GetValue<int>());
        Assert.Null(byId["gemini/gemini-2.5-flash"]["dimensions"]);
        Assert.True(byId["free:embedding"]["virtual"]!.GetValue<bool>());
    }

    [Fact]
    public async Task FreeChat_NeverGoesToAnEmbeddingModel()
    {
        await using var host = await EmbeddingPool.StartAsync(options => options.Seed = 5);

        for (var i = 0; i < 40; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(response.Header("x-router-model"), EmbeddingPool.All);
        }

        Assert.Empty(host.EmbeddingCalls());
    }

    [Fact]
    public async Task ChatNamingAnEmbeddingModel_IsRefused_WithoutCallingIt()
    {
        await using var host = await EmbeddingPool.StartAsync();

        using var response = await host.Client.PostAsync(ChatRequests.Body(EmbeddingPool.Mistral));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync())["error"]!;
        Assert.Equal("model_not_supported", error["code"]!.GetValue<string>());
        Assert.Contains("POST /v1/embeddings", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Simulator.Requests, request => request.Model == "mistral-embed");
    }

    [Fact]
    public async Task APoolOfEmbeddingModelsOnly_HasNoChatModel_ChatIsRefusedWithoutAnUpstreamCall()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.OpenRouterEnabled = false;
            options.Settings["Providers:nvidia:Kind"] = "openai";
            options.Settings["Providers:nvidia:ApiKey"] = "nvapi-simulated";
            options.Settings["Providers:nvidia:CatalogSource"] = "Static";
            options.Settings["Providers:nvidia:Models:0:Id"] = "baai/bge-m3";
            options.Settings["Providers:nvidia:Models:0:OutputModalities:0"] = "embeddings";
            options.Settings["Providers:nvidia:Models:0:Dimensions"] = "1024";
            options.SimulatorSettings["Providers:nvidia:BaseUrl"] = simulator => simulator.ProviderEndpoint("nvidia").ToString().TrimEnd('/');
        });

        using var chat = await host.Client.PostAsync(ChatRequests.Body());
        using var embedding = await host.Client.PostEmbeddingsAsync(new JsonObject { ["model"] = "free", ["input"] = "text" });

        Assert.Equal(HttpStatusCode.BadRequest, chat.StatusCode);
        Assert.Equal("no_model_supports_request", (await chat.ReadJsonAsync())["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, embedding.StatusCode);
        Assert.Equal("nvidia/baai/bge-m3", embedding.Header("x-router-model"));
        Assert.Equal([("nvidia", "baai/bge-m3")], host.EmbeddingCalls());
        Assert.DoesNotContain(host.Simulator.Requests, r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal));
    }
}
