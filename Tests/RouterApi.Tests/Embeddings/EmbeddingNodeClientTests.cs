using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Embeddings;

/// <summary>The official <c>openai</c> npm package (Tests/NodeClient/embeddings.mjs) against the router: single, batch and base64.</summary>
public sealed class EmbeddingNodeClientTests
{
    [Fact]
    public async Task NodeOpenAiClient_SingleBatchAndBase64_AllFromTheModelThatAnswered()
    {
        await using var host = await EmbeddingPool.StartAsync();

        var output = await NodeClient.RunScriptAsync(NodeClient.Require("embeddings.mjs"), host);

        using var result = JsonDocument.Parse(output);
        var single = result.RootElement.GetProperty("single");
        var model = single.GetProperty("model").GetString()!;
        var dimensions = single.GetProperty("dimensions").GetInt32();
        Assert.Contains(model, EmbeddingPool.All);
        Assert.True(single.GetProperty("numbers").GetBoolean());
        Assert.True(dimensions >= 384, $"{dimensions} dimensions");
        Assert.True(single.GetProperty("tokens").GetInt32() > 0);

        var batch = result.RootElement.GetProperty("batch");
        // Asked for by name, the model may be answered by another provider of it (the same weights).
        Assert.Equal(EmbeddingPool.Weights(model), EmbeddingPool.Weights(batch.GetProperty("model").GetString()!));
        Assert.Equal([0, 1, 2], batch.GetProperty("indexes").EnumerateArray().Select(index => index.GetInt32()));
        Assert.All(batch.GetProperty("dimensions").EnumerateArray(), length => Assert.Equal(dimensions, length.GetInt32()));
        Assert.True(batch.GetProperty("firstIsTheSingle").GetBoolean(), "the batch's first vector is not the single text's");
        Assert.True(batch.GetProperty("distinct").GetBoolean(), "two texts got the same vector");

        var base64 = result.RootElement.GetProperty("base64");
        Assert.True(base64.GetProperty("isString").GetBoolean());
        Assert.True(base64.GetProperty("equalsFloat").GetBoolean(), "the base64 vector is not the float one");
        Assert.Equal(dimensions, base64.GetProperty("dimensions").GetInt32());
        Assert.Single(host.EmbeddingCalls().Select(call => EmbeddingPool.Weights(call.Model)).Distinct());
    }
}
