using System.Buffers.Binary;
using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Embeddings;

/// <summary>
/// Each provider's embeddings API through the router, against the simulator speaking it: the answer comes back in OpenAI's shape
/// (one vector per input in order, the model's size, usage), as numbers or as base64 of the same little-endian float32s. Each
/// model here has no other provider, so the wire format that answers is the one asked.
/// </summary>
public sealed class EmbeddingWireTests(EmbeddingPoolFixture pool) : IClassFixture<EmbeddingPoolFixture>
{
    [Theory]
    [InlineData(EmbeddingPool.Mistral, "mistral", 1024)]
    [InlineData(EmbeddingPool.Gemini, "gemini", 3072)]
    [InlineData(EmbeddingPool.Cohere, "cohere", 1536)]
    [InlineData(EmbeddingPool.WorkersAiBgeBase, "workers-ai", 768)]
    [InlineData(EmbeddingPool.HuggingFaceMiniLm, "huggingface", 384)]
    public async Task EachWireFormat_AnswersInOpenAisShape_FloatAndBase64Agree(string model, string provider, int dimensions)
    {
        var input = new JsonArray("The first text.", "A second, different text.");

        using var floats = await pool.Host.Client.PostEmbeddingsAsync(new JsonObject { ["model"] = model, ["input"] = input.DeepClone() });
        using var base64 = await pool.Host.Client.PostEmbeddingsAsync(new JsonObject { ["model"] = model, ["input"] = input.DeepClone(), ["encoding_format"] = "base64" });

        Assert.Equal(HttpStatusCode.OK, floats.StatusCode);
        Assert.Equal((model, provider), (floats.Header("x-router-model"), floats.Header("x-router-provider")));
        var answer = await floats.ReadJsonAsync();
        Assert.Equal("list", answer["object"]!.GetValue<string>());
        Assert.Equal(model, answer["model"]!.GetValue<string>());
        var data = answer["data"]!.AsArray();
        Assert.Equal([0, 1], data.Select(item => item!["index"]!.GetValue<int>()));
        Assert.All(data, item => Assert.Equal("embedding", item!["object"]!.GetValue<string>()));
        var vectors = data.Select(item => EmbeddingPool.Floats(item!["embedding"]!)).ToList();
        Assert.All(vectors, vector => Assert.Equal(dimensions, vector.Length));
        Assert.NotEqual(vectors[0], vectors[1]);
        var usage = answer["usage"]!;
        Assert.True(usage["prompt_tokens"]!.GetValue<int>() >= 2);
        Assert.Equal(usage["prompt_tokens"]!.GetValue<int>(), usage["total_tokens"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.OK, base64.StatusCode);
        var encoded = (await base64.ReadJsonAsync())["data"]!.AsArray();
        Assert.Equal(vectors[0], Decode(encoded[0]!["embedding"]!.GetValue<string>()));
        Assert.Equal(vectors[1], Decode(encoded[1]!["embedding"]!.GetValue<string>()));
    }

    private static float[] Decode(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        var values = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return values;
    }
}
