using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.OpenAi;

public sealed class ChatRequestValidationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"messages":[{"role":"user","content":"Hi"}]""")]
    [InlineData("""{"messages":[{"role":"user","content":"Hi"}]} trailing""")]
    [InlineData("""{"messages":[{"role":"user","content":"Hi"},]}""")]
    public void TryRead_InvalidJson_RejectsWithoutParam(string json)
    {
        var error = ChatRequests.Reject(json);

        Assert.Equal("invalid_json", error.Code);
        Assert.Null(error.Param);
        Assert.StartsWith("We could not parse the JSON body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_BodyIsAnArray_RejectsAsInvalidType()
    {
        var error = ChatRequests.Reject("""[{"role":"user"}]""");

        Assert.Equal("invalid_type", error.Code);
        Assert.Contains("expected an object, but got an array", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"model":"free"}""", "messages", "missing_required_parameter")]
    [InlineData("""{"messages":null}""", "messages", "missing_required_parameter")]
    [InlineData("""{"messages":"Hi"}""", "messages", "invalid_type")]
    [InlineData("""{"messages":[]}""", "messages", "empty_array")]
    [InlineData("""{"messages":["Hi"]}""", "messages[0]", "invalid_type")]
    [InlineData("""{"messages":[{"role":"user","content":"a"},{"content":"b"}]}""", "messages[1].role", "missing_required_parameter")]
    [InlineData("""{"messages":[{"role":"bot","content":"a"}]}""", "messages[0].role", "invalid_value")]
    [InlineData("""{"messages":[{"role":7,"content":"a"}]}""", "messages[0].role", "invalid_type")]
    [InlineData("""{"messages":[{"role":"user","content":5}]}""", "messages[0].content", "invalid_type")]
    [InlineData("""{"messages":[{"role":"user","content":["a"]}]}""", "messages[0].content[0]", "invalid_type")]
    public void TryRead_BadMessages_NamesTheParam(string json, string param, string code)
    {
        var error = ChatRequests.Reject(json);

        Assert.Equal(param, error.Param);
        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData("""{"model":42,"messages":[{"role":"user","content":"Hi"}]}""", "model", "invalid_type")]
    [InlineData("""{"models":"a/b","messages":[{"role":"user","content":"Hi"}]}""", "models", "invalid_type")]
    [InlineData("""{"models":["a/b",1],"messages":[{"role":"user","content":"Hi"}]}""", "models[1]", "invalid_type")]
    [InlineData("""{"stream":"yes","messages":[{"role":"user","content":"Hi"}]}""", "stream", "invalid_type")]
    [InlineData("""{"max_tokens":0,"messages":[{"role":"user","content":"Hi"}]}""", "max_tokens", "integer_below_min_value")]
    [InlineData("""{"max_tokens":-5,"messages":[{"role":"user","content":"Hi"}]}""", "max_tokens", "integer_below_min_value")]
    [InlineData("""{"max_tokens":1.5,"messages":[{"role":"user","content":"Hi"}]}""", "max_tokens", "invalid_type")]
    [InlineData("""{"max_tokens":"100","messages":[{"role":"user","content":"Hi"}]}""", "max_tokens", "invalid_type")]
    [InlineData("""{"max_completion_tokens":0,"messages":[{"role":"user","content":"Hi"}]}""", "max_completion_tokens", "integer_below_min_value")]
    [InlineData("""{"tools":{},"messages":[{"role":"user","content":"Hi"}]}""", "tools", "invalid_type")]
    [InlineData("""{"tool_choice":1,"messages":[{"role":"user","content":"Hi"}]}""", "tool_choice", "invalid_type")]
    [InlineData("""{"response_format":"json","messages":[{"role":"user","content":"Hi"}]}""", "response_format", "invalid_type")]
    [InlineData("""{"response_format":{},"messages":[{"role":"user","content":"Hi"}]}""", "response_format.type", "missing_required_parameter")]
    [InlineData("""{"provider":{"allow_fallbacks":"no"},"messages":[{"role":"user","content":"Hi"}]}""", "provider.allow_fallbacks", "invalid_type")]
    [InlineData("""{"modalities":"image","messages":[{"role":"user","content":"Hi"}]}""", "modalities", "invalid_type")]
    public void TryRead_WrongTypeForKnownField_NamesTheParam(string json, string param, string code)
    {
        var error = ChatRequests.Reject(json);

        Assert.Equal(param, error.Param);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void TryRead_StreamNotBoolean_WordsTheErrorLikeOpenAi()
    {
        var error = ChatRequests.Reject("""{"stream":"yes","messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal("Invalid type for 'stream': expected a boolean, but got a string instead.", error.Message);
    }

    [Fact]
    public void TryRead_MaxTokensZero_WordsTheErrorLikeOpenAi()
    {
        var error = ChatRequests.Reject("""{"max_tokens":0,"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal("Invalid 'max_tokens': integer below minimum value. Expected a value >= 1, but got 0 instead.", error.Message);
    }
}
