using System.Buffers;
using System.Text;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.OpenAi;

public sealed class ChatRequestReaderTests
{
    [Fact]
    public void TryRead_FullRequest_ExtractsEveryRoutingField()
    {
        var request = ChatRequests.Parse("""
            {
              "model": "meta-llama/llama-3.3-70b-instruct:free",
              "models": ["a/b:free", "c/d:free"],
              "stream": true,
              "max_tokens": 256,
              "max_completion_tokens": 512,
              "temperature": 0.2,
              "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}],
              "tool_choice": "required",
              "response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {}}},
              "provider": {"order": ["groq"], "allow_fallbacks": false},
              "modalities": ["image", "text"],
              "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": [
                  {"type": "text", "text": "What is here?"},
                  {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}
                ]}
              ]
            }
            """);

        Assert.Equal("meta-llama/llama-3.3-70b-instruct:free", request.Model);
        Assert.Equal(["a/b:free", "c/d:free"], request.Models);
        Assert.True(request.Stream);
        Assert.Equal(256, request.MaxTokens);
        Assert.Equal(512, request.MaxCompletionTokens);
        Assert.True(request.HasTools);
        Assert.Equal("required", request.ToolChoice);
        Assert.Equal("json_schema", request.ResponseFormatType);
        Assert.False(request.AllowFallbacks);
        Assert.True(request.WantsImageOutput);
        Assert.True(request.WantsTextOutput);
        Assert.True(request.HasImageInput);
        Assert.Equal(2, request.MessageCount);
    }

    [Fact]
    public void TryRead_MinimalRequest_UsesDefaults()
    {
        var request = ChatRequests.Parse("""{"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Null(request.Model);
        Assert.Empty(request.Models);
        Assert.False(request.Stream);
        Assert.Null(request.MaxTokens);
        Assert.False(request.HasTools);
        Assert.Null(request.ToolChoice);
        Assert.Null(request.ResponseFormatType);
        Assert.False(request.HasImageInput);
        Assert.True(request.AllowFallbacks);
        Assert.True(request.WantsTextOutput);
        Assert.False(request.WantsImageOutput);
        Assert.Equal(2, request.TextBytes);
    }

    [Fact]
    public void TryRead_TextInContentAndToolCalls_CountsTheirBytesButNotImages()
    {
        var request = ChatRequests.Parse("""
            {"messages":[
              {"role":"user","content":[{"type":"text","text":"héllo"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAAAAAAAAAAAAAAAAAA"}}]},
              {"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]}
            ]}
            """);

        // "héllo" is 6 UTF-8 bytes; the tool call's strings are "c1", "function", "f", "{}" (2 + 8 + 1 + 2).
        Assert.Equal(6 + 13, request.TextBytes);
        Assert.True(request.HasImageInput);
    }

    [Fact]
    public void TryRead_ToolDefinitions_CountTowardsTextBytes()
    {
        var withoutTools = ChatRequests.Parse("""{"messages":[{"role":"user","content":"Hi"}]}""");
        var withTools = ChatRequests.Parse("""{"tools":[{"type":"function","function":{"name":"f"}}],"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal(withoutTools.TextBytes + """[{"type":"function","function":{"name":"f"}}]""".Length, withTools.TextBytes);
    }

    [Fact]
    public void TryRead_EmptyToolsAndNullFields_AreAbsent()
    {
        var request = ChatRequests.Parse("""{"model":null,"stream":null,"max_tokens":null,"tools":[],"tool_choice":null,"response_format":null,"provider":null,"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Null(request.Model);
        Assert.False(request.HasTools);
        Assert.Null(request.ToolChoice);
        Assert.Null(request.ResponseFormatType);
        Assert.Null(request.MaxTokens);
    }

    [Fact]
    public void TryRead_ToolChoiceObject_ReadsAsFunction()
    {
        var request = ChatRequests.Parse("""{"tool_choice":{"type":"function","function":{"name":"f"}},"tools":[{"type":"function","function":{"name":"f"}}],"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal("function", request.ToolChoice);
    }

    [Fact]
    public void TryRead_ImagePartWithTypeAfterPayload_IsStillVision()
    {
        var request = ChatRequests.Parse("""{"messages":[{"role":"user","content":[{"image_url":{"url":"https://x/y.png"},"type":"image_url"}]}]}""");

        Assert.True(request.HasImageInput);
    }

    [Fact]
    public void TryRead_MultiSegmentSequence_ReadsLikeContiguousBytes()
    {
        var json = Encoding.UTF8.GetBytes("""{"model":"free","stream":true,"messages":[{"role":"user","content":"Hello there"}]}""");
        var sequence = Segments.Split(json, 7);

        Assert.True(ChatRequestReader.TryRead(sequence, out var request, out _));
        Assert.Equal("free", request.Model);
        Assert.True(request.Stream);
        Assert.Equal(11, request.TextBytes);
    }

    [Fact]
    public void TryRead_UnknownFieldsOfAnyShape_AreSkipped()
    {
        var request = ChatRequests.Parse("""{"x-custom":{"deep":[1,{"a":"b"}]},"metadata":{"k":"v"},"n":2,"messages":[{"role":"user","content":"Hi","name":"bob"}]}""");

        Assert.Equal(1, request.MessageCount);
    }
}
