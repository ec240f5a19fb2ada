using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Embeddings;

namespace AspireRouter.RouterApi.Tests.Embeddings;

/// <summary>The official OpenAI .NET SDK's <c>EmbeddingClient</c> against the router: single, batch, base64 and dimensions.</summary>
public sealed class EmbeddingSdkTests
{
    [Fact]
    public async Task FreeEmbedding_OneText_TheSdksBase64Vector_IsTheNamedModelsFloatVector()
    {
        await using var host = await EmbeddingPool.StartAsync();

        var result = await host.EmbeddingClient("free:embedding").GenerateEmbeddingAsync("The quick brown fox", cancellationToken: TestContext.Current.CancellationToken);

        var raw = JsonNode.Parse(result.GetRawResponse().Content.ToString())!;
        var model = raw["model"]!.GetValue<string>();
        Assert.Contains(model, EmbeddingPool.All);
        Assert.Equal(JsonValueKind.String, raw["data"]![0]!["embedding"]!.GetValueKind());
        Assert.Equal(model, result.GetRawResponse().Headers.TryGetValue("x-router-model", out var header) ? header : null);
        using var floats = await host.Client.PostEmbeddingsAsync(new JsonObject { ["model"] = model, ["input"] = "The quick brown fox", ["encoding_format"] = "float" });
        var expected = EmbeddingPool.Floats((await floats.ReadJsonAsync())["data"]![0]!["embedding"]!);
        Assert.Equal(expected, result.Value.ToFloats().ToArray());
    }

    [Fact]
    public async Task ShippedAlias_OpenAisModelName_IsServedByOneEmbeddingModelOfThePool()
    {
        await using var host = await EmbeddingPool.StartAsync();

        var result = await host.EmbeddingClient("text-embedding-3-small").GenerateEmbeddingAsync("The quick brown fox", cancellationToken: TestContext.Current.CancellationToken);

        var response = result.GetRawResponse();
        Assert.Equal("text-embedding-* -> free:embedding", response.Headers.TryGetValue("x-router-alias", out var alias) ? alias : null);
        Assert.Contains(JsonNode.Parse(response.Content.ToString())!["model"]!.GetValue<string>(), EmbeddingPool.All);
    }

    [Fact]
    public async Task NamedModel_ABatch_ComesBackInOrder_OneVectorPerText_WithUsage()
    {
        string[] texts = ["first text", "second text", "a third, longer text to embed"];
        await using var host = await EmbeddingPool.StartAsync();
        var client = host.EmbeddingClient(EmbeddingPool.Mistral);

        OpenAIEmbeddingCollection batch = await client.GenerateEmbeddingsAsync(texts, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(EmbeddingPool.Mistral, batch.Model);
        Assert.Equal([0, 1, 2], batch.Select(embedding => embedding.Index));
        Assert.All(batch, embedding => Assert.Equal(1024, embedding.ToFloats().Length));
        Assert.True(batch.Usage.InputTokenCount >= texts.Length, $"usage {batch.Usage.InputTokenCount}");
        Assert.Equal(batch.Usage.InputTokenCount, batch.Usage.TotalTokenCount);
        for (var i = 0; i < texts.Length; i++)
        {
            OpenAIEmbedding single = await client.GenerateEmbeddingAsync(texts[i], cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(single.ToFloats().ToArray(), batch[i].ToFloats().ToArray());
        }

        Assert.Equal(4, host.EmbeddingCalls().Count(call => call == ("mistral", "mistral-embed")));
    }

    [Fact]
    public async Task Dimensions_AMatryoshkaModelCutsItsVectors_ToUnitLength()
    {
        await using var host = await EmbeddingPool.StartAsync();

        OpenAIEmbedding embedding = await host.EmbeddingClient(EmbeddingPool.Gemini).GenerateEmbeddingAsync(
            "Vectors of any size", new EmbeddingGenerationOptions { Dimensions = 256 }, TestContext.Current.CancellationToken);

        var vector = embedding.ToFloats().ToArray();
        Assert.Equal(256, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(value => (double)value * value)), 3);
    }

    [Fact]
    public async Task Dimensions_AModelOfFixedSize_IsRefusedBeforeAnyUpstreamCall()
    {
        await using var host = await EmbeddingPool.StartAsync();

        var refusal = await Assert.ThrowsAsync<System.ClientModel.ClientResultException>(() => host.EmbeddingClient(EmbeddingPool.Mistral).GenerateEmbeddingAsync(
            "text", new EmbeddingGenerationOptions { Dimensions = 256 }, TestContext.Current.CancellationToken));

        Assert.Equal((int)HttpStatusCode.BadRequest, refusal.Status);
        Assert.Contains("'dimensions' 256", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(host.EmbeddingCalls());
    }
}
