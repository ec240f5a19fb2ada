using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class ModelFamilyTests
{
    [Theory]
    [InlineData("meta-llama/llama-3.3-70b-instruct:free")]
    [InlineData("llama-3.3-70b-versatile")]
    [InlineData("llama-3.3-70b")]
    [InlineData("llama3.3:70b")]
    [InlineData("@cf/meta/llama-3.3-70b-instruct-fp8-fast")]
    [InlineData("meta/llama-3.3-70b-instruct")]
    [InlineData("meta-llama/Llama-3.3-70B-Instruct")]
    public void KeyOf_Llama33At_EveryProvider_IsOneFamily(string upstreamId)
    {
        Assert.Equal("llama-3.3-70b", ModelFamily.KeyOf(upstreamId));
    }

    [Theory]
    [InlineData("openai/gpt-oss-120b:free", "gpt-oss-120b")]
    [InlineData("gpt-oss-120b", "gpt-oss-120b")]
    [InlineData("qwen/qwen3-32b", "qwen-3-32b")]
    [InlineData("qwen-3-32b", "qwen-3-32b")]
    [InlineData("google/gemma-3-27b-it:free", "gemma-3-27b")]
    [InlineData("gemma3:27b", "gemma-3-27b")]
    [InlineData("llama3.1-8b", "llama-3.1-8b")]
    [InlineData("llama-3.1-8b-instant", "llama-3.1-8b")]
    [InlineData("deepseek/deepseek-r1:free", "deepseek-r1")]
    public void KeyOf_SameWeightsDifferentSpelling_SameKey(string upstreamId, string family)
    {
        Assert.Equal(family, ModelFamily.KeyOf(upstreamId));
    }

    [Fact]
    public void KeyOf_DifferentSizes_AreDifferentFamilies()
    {
        Assert.NotEqual(ModelFamily.KeyOf("llama-3.1-8b-instant"), ModelFamily.KeyOf("llama-3.1-70b-versatile"));
        Assert.NotEqual(ModelFamily.KeyOf("gpt-oss-20b"), ModelFamily.KeyOf("gpt-oss-120b"));
    }
}
