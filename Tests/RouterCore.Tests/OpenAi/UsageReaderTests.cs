using System.Text;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Tests.OpenAi;

public sealed class UsageReaderTests
{
    [Theory]
    // OpenRouter's completion: usage last, after the choices.
    [InlineData("""{"id":"gen-1","choices":[{"message":{"content":"the usage of words"}}],"usage":{"prompt_tokens":12,"completion_tokens":34,"total_tokens":46}}""", 12, 34)]
    // The final usage chunk of a stream: empty choices.
    [InlineData("""{"id":"gen-1","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":17,"total_tokens":20,"prompt_tokens_details":{"cached_tokens":0}}}""", 3, 17)]
    public void TryRead_AnswerWithUsage_ReadsTheTokens(string json, int prompt, int completion)
    {
        Assert.True(UsageReader.TryRead(Encoding.UTF8.GetBytes(json), out var usage));
        Assert.Equal(new TokenUsage(prompt, completion), usage);
    }

    [Theory]
    [InlineData("""{"choices":[{"delta":{"content":"hi"}}]}""")]
    [InlineData("""{"choices":[],"usage":null}""")]
    [InlineData("""{"usage":""")]
    public void TryRead_NoUsableUsage_ReadsNothing(string json) =>
        Assert.False(UsageReader.TryRead(Encoding.UTF8.GetBytes(json), out _));
}
