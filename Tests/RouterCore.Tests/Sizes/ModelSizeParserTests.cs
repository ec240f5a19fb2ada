using AspireRouter.RouterCore.Sizes;

namespace AspireRouter.RouterCore.Tests.Sizes;

public sealed class ModelSizeParserTests
{
    [Theory]
    [InlineData("mistralai/Mixtral-8x7B-Instruct-v0.1", 56, -1)]
    [InlineData("Qwen/Qwen3-235B-A22B-Instruct-2507", 235, 22)]
    [InlineData("qwen/qwen3-30b-a3b:free", 30, 3)]
    [InlineData("meta-llama/Llama-4-Scout-17B-16E-Instruct", -1, 17)]
    [InlineData("HuggingFaceTB/SmolLM2-135M-Instruct", 0.135, -1)]
    [InlineData("deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", 1.5, -1)]
    public void TryParse_SizeTokens_ReadTotalAndActive(string text, double total, double active)
    {
        Assert.True(ModelSizeParser.TryParse(text, out var parsedTotal, out var parsedActive));

        Assert.Equal(total < 0 ? null : total, parsedTotal);
        Assert.Equal(active < 0 ? null : active, parsedActive);
    }

    [Theory]
    [InlineData("google/gemma-3n-E2B-it")]
    [InlineData("openai/gpt-4o-mini")]
    [InlineData("mistralai/mistral-large-2411")]
    [InlineData("some/merge-7b-into-13b")]
    [InlineData("moonshotai/kimi-k2-32k")]
    [InlineData("")]
    public void TryParse_NoSizeOrTwoDifferentSizes_SaysNothing(string text)
    {
        Assert.False(ModelSizeParser.TryParse(text, out var total, out var active));

        Assert.Null(total);
        Assert.Null(active);
    }
}
