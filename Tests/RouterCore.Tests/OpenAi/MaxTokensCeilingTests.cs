using System.Text.Json;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.OpenAi;

public sealed class MaxTokensCeilingTests
{
    // "Hi": one token of text and four of the message's framing, as the estimate counts it.
    private const int PromptTokens = 5;
    private const string Body = """{"model":"free","max_tokens":32000,"messages":[{"role":"user","content":"Hi"}],"stream":true}""";

    [Theory]
    [InlineData(null, 0, null)]
    [InlineData(4096, 0, 4096)]
    [InlineData(null, 10_000, 10_000 - PromptTokens)]
    [InlineData(8192, 6_000, 6_000 - PromptTokens)]
    [InlineData(64_000, 200_000, null)]
    public void LoweredFor_ACeiling_TakesTheModelsOutputLimitAndTheContextLeft(int? outputLimit, int contextLength, int? expected)
    {
        var request = Ceiling();
        var model = new ModelInfo { Id = "m", Provider = "p", UpstreamId = "m", MaxCompletionTokens = outputLimit, ContextLength = contextLength };

        Assert.Equal(expected, MaxTokensCeiling.LoweredFor(request, model));
    }

    [Fact]
    public void LoweredFor_AnOrdinaryMaxTokens_IsNeverChanged()
    {
        var request = ChatRequests.Parse(Body);
        var model = new ModelInfo { Id = "m", Provider = "p", UpstreamId = "m", MaxCompletionTokens = 4096 };

        Assert.Null(MaxTokensCeiling.LoweredFor(request, model));
        Assert.Equal(32_000, RequirementsReader.CompletionTokens(request));
    }

    [Fact]
    public void CompletionTokens_OfACeiling_AreTheReserveAtMost()
    {
        Assert.Equal(RequirementsReader.CeilingReserveTokens, RequirementsReader.CompletionTokens(Ceiling()));
    }

    [Fact]
    public void Rewrite_ReplacesMaxTokens_AndKeepsEveryOtherFieldInOrder()
    {
        using var rewritten = MaxTokensCeiling.Rewrite("""{"model":"free","max_tokens":32000,"messages":[{"role":"user","content":"Hi"}],"stream":true}"""u8.ToArray(), 4096);

        Assert.Equal(
            """{"model":"free","max_tokens":4096,"messages":[{"role":"user","content":"Hi"}],"stream":true}""",
            JsonDocument.Parse(rewritten.WrittenMemory).RootElement.GetRawText());
    }

    private static ChatRequest Ceiling()
    {
        var request = ChatRequests.Parse(Body);
        request.MaxTokensIsCeiling = true;
        return request;
    }
}
