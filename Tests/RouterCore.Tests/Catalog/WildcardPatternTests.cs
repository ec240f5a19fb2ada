using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class WildcardPatternTests
{
    [Theory]
    [InlineData("llama-3.3-70b-versatile", "llama-3.3-70b-versatile", true)]
    [InlineData("llama-3.3-70b-versatile", "llama-3.3-70b", false)]
    [InlineData("openai/gpt-oss-*", "openai/gpt-oss-120b", true)]
    [InlineData("openai/gpt-oss-*", "openai/gpt-4o", false)]
    [InlineData("*-instruct", "meta/llama-3.1-8b-instruct", true)]
    [InlineData("meta/*-8b-*", "meta/llama-3.1-8b-instruct", true)]
    [InlineData("meta/*-8b-*", "meta/llama-3.1-70b-instruct", false)]
    [InlineData("*", "anything", true)]
    public void Matches_StarIsAnyRun(string pattern, string id, bool expected)
    {
        Assert.Equal(expected, WildcardPattern.Matches(pattern, id));
    }
}
