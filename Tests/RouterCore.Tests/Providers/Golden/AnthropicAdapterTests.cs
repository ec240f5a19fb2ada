using System.Text.Json.Nodes;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Tests.Providers.Golden;

/// <summary>Golden tests of the <c>anthropic</c> wire format against the Messages API's documented examples (https://docs.anthropic.com/en/api/messages).</summary>
public sealed class AnthropicAdapterTests
{
    private static readonly ProviderOptions Anthropic = new()
    {
        Name = "anthropic",
        Kind = ProviderKinds.Anthropic,
        BaseUrl = "https://api.anthropic.com/v1",
        ApiKey = "sk-ant-secret",
        CatalogSource = CatalogSourceKind.Static,
    };

    private readonly TranslationHarness _harness = new(ProviderKinds.Anthropic);

    [Fact]
    public async Task CreateChatRequest_ToolConversation_IsAMessagesBodyWithBlocksAndTheVersionHeader()
    {
        var (request, body) = await _harness.RequestAsync(Anthropic, OpenAiExamples.ToolConversation, "claude-haiku-4-5");

        Assert.Equal("https://api.anthropic.com/v1/messages", request.RequestUri!.ToString());
        Assert.Equal("sk-ant-secret", request.Headers.GetValues("x-api-key").Single());
        Assert.Equal("2023-06-01", request.Headers.GetValues("anthropic-version").Single());
        TranslationHarness.AssertJson("""
            {
              "model": "claude-haiku-4-5",
              "max_tokens": 256,
              "system": "You are terse.",
              "messages": [
                {"role": "user", "content": [
                  {"type": "text", "text": "What is in this picture, and the weather in Oslo?"},
                  {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}}]},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "call_1", "name": "get_weather", "input": {"city": "Oslo"}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "call_1", "content": "{\"temperature\":3}"}]}
              ],
              "temperature": 0.2,
              "top_p": 0.9,
              "stop_sequences": ["END"],
              "tools": [{"name": "get_weather", "description": "Current weather", "input_schema": WEATHER_SCHEMA}],
              "tool_choice": {"type": "any"}
            }
            """.Replace("WEATHER_SCHEMA", OpenAiExamples.WeatherSchema, StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task CreateChatRequest_NoLimit_SendsTheRequiredMaxTokens_AndClampsTemperature()
    {
        var (_, body) = await _harness.RequestAsync(Anthropic, """{"stream":true,"temperature":1.6,"messages":[{"role":"user","content":"Hi"}]}""", "claude-haiku-4-5");

        Assert.Equal(4096, body["max_tokens"]!.GetValue<int>());
        Assert.Equal(1.0, body["temperature"]!.GetValue<double>());
        Assert.True(body["stream"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{"response_format":{"type":"json_object"},"messages":[{"role":"user","content":"Hi"}]}""")]
    [InlineData("""{"logprobs":true,"messages":[{"role":"user","content":"Hi"}]}""")]
    public async Task CreateChatRequest_JsonModeOrLogprobs_AreRejected(string openAiBody)
    {
        var error = await Assert.ThrowsAsync<UnsupportedParameterException>(() => _harness.RequestAsync(Anthropic, openAiBody, "claude-haiku-4-5"));

        Assert.Contains("anthropic (anthropic) does not accept", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateChatRequest_TextResponseFormatAndSeed_AreNoReasonToRefuse()
    {
        var (_, body) = await _harness.RequestAsync(Anthropic, """{"response_format":{"type":"text"},"seed":3,"n":1,"messages":[{"role":"user","content":"Hi"}]}""", "claude-haiku-4-5");

        Assert.Null(body["seed"]);
    }

    // The example response of https://docs.anthropic.com/en/api/messages.
    [Fact]
    public void TranslateCompletion_DocumentedMessage_IsAChatCompletion()
    {
        var completion = _harness.Complete("""
            {"id":"msg_013Zva2CMHLNnXjNJJKqJ2EF","type":"message","role":"assistant","model":"claude-sonnet-4-20250514",
             "content":[{"type":"text","text":"Hi! My name is Claude."}],"stop_reason":"end_turn","stop_sequence":null,
             "usage":{"input_tokens":2095,"output_tokens":503}}
            """);

        TranslationHarness.AssertJson("""
            {"id":"chatcmpl-msg_013Zva2CMHLNnXjNJJKqJ2EF","object":"chat.completion","created":1777636800,"model":"public/model",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Hi! My name is Claude."},"logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":2095,"completion_tokens":503,"total_tokens":2598}}
            """, completion);
    }

    // The tool use example of https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/overview.
    [Fact]
    public void TranslateCompletion_DocumentedToolUse_IsTextAndAToolCall()
    {
        var completion = _harness.Complete("""
            {"id":"msg_01Aq9w938a90dw8q","model":"claude-sonnet-4-20250514","stop_reason":"tool_use","role":"assistant",
             "content":[{"type":"text","text":"I'll check the current weather in San Francisco for you."},
                        {"type":"tool_use","id":"toolu_01A09q90qw90lq917835lq9","name":"get_weather","input":{"location":"San Francisco, CA"}}],
             "usage":{"input_tokens":384,"output_tokens":70,"cache_read_input_tokens":100}}
            """);

        var choice = completion["choices"]![0]!;
        Assert.Equal("I'll check the current weather in San Francisco for you.", choice["message"]!["content"]!.GetValue<string>());
        TranslationHarness.AssertJson(
            """[{"id":"toolu_01A09q90qw90lq917835lq9","type":"function","function":{"name":"get_weather","arguments":"{\"location\":\"San Francisco, CA\"}"}}]""",
            choice["message"]!["tool_calls"]);
        Assert.Equal("tool_calls", choice["finish_reason"]!.GetValue<string>());
        Assert.Equal(484, completion["usage"]!["prompt_tokens"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("max_tokens", "length")]
    [InlineData("stop_sequence", "stop")]
    [InlineData("refusal", "content_filter")]
    public void TranslateCompletion_StopReasons_MapToOpenAis(string stopReason, string expected)
    {
        var completion = _harness.Complete("""{"id":"msg_1","content":[{"type":"text","text":"x"}],"stop_reason":"REASON","usage":{"input_tokens":1,"output_tokens":1}}""".Replace("REASON", stopReason, StringComparison.Ordinal));

        Assert.Equal(expected, completion["choices"]![0]!["finish_reason"]!.GetValue<string>());
    }

    // The basic streaming example of https://docs.anthropic.com/en/docs/build-with-claude/streaming.
    [Fact]
    public async Task OpenStream_DocumentedTextStream_IsOpenAiChunksWithUsageAndDone()
    {
        var events = await _harness.StreamAsync("""
            event: message_start
            data: {"type": "message_start", "message": {"id": "msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY", "type": "message", "role": "assistant", "content": [], "model": "claude-opus-4-20250514", "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": 25, "output_tokens": 1}}}

            event: content_block_start
            data: {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}

            event: ping
            data: {"type": "ping"}

            event: content_block_delta
            data: {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello"}}

            event: content_block_delta
            data: {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "!"}}

            event: content_block_stop
            data: {"type": "content_block_stop", "index": 0}

            event: message_delta
            data: {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence":null}, "usage": {"output_tokens": 15}}

            event: message_stop
            data: {"type": "message_stop"}


            """);

        Assert.Equal("Hello!", events.Text);
        Assert.Equal("stop", events.FinishReason);
        TranslationHarness.AssertJson("""{"prompt_tokens":25,"completion_tokens":15,"total_tokens":40}""", events.Usage);
        Assert.Equal("chatcmpl-msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY", events.Chunks[0]["id"]!.GetValue<string>());
        Assert.True(events.EndsWithDone);
    }

    // The tool use streaming example of the same page: input_json_delta pieces of one tool_use block.
    [Fact]
    public async Task OpenStream_DocumentedToolUseStream_IsAToolCallWithItsArgumentsInPieces()
    {
        var events = await _harness.StreamAsync("""
            event: message_start
            data: {"type":"message_start","message":{"id":"msg_014p7gG3wDgGV9EUtLvnow3U","type":"message","role":"assistant","model":"claude-opus-4-20250514","stop_sequence":null,"usage":{"input_tokens":472,"output_tokens":2},"content":[],"stop_reason":null}}

            event: content_block_start
            data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

            event: content_block_delta
            data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Okay, let's check the weather:"}}

            event: content_block_stop
            data: {"type":"content_block_stop","index":0}

            event: content_block_start
            data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_01T1x1fJ34qAmk2tNTrN7Up6","name":"get_weather","input":{}}}

            event: content_block_delta
            data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":""}}

            event: content_block_delta
            data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"location\":"}}

            event: content_block_delta
            data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":" \"San Francisco, CA\"}"}}

            event: content_block_stop
            data: {"type":"content_block_stop","index":1}

            event: message_delta
            data: {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":89}}

            event: message_stop
            data: {"type":"message_stop"}


            """);

        Assert.Equal("Okay, let's check the weather:", events.Text);
        var call = Assert.Single(events.ToolCalls);
        Assert.Equal((0, "toolu_01T1x1fJ34qAmk2tNTrN7Up6", "get_weather"), (call.Index, call.Id, call.Name));
        TranslationHarness.AssertJson("""{"location":"San Francisco, CA"}""", JsonNode.Parse(call.Arguments));
        Assert.Equal("tool_calls", events.FinishReason);
    }

    // "overloaded_error" can arrive as an event in a stream that answered 200 (https://docs.anthropic.com/en/api/errors).
    [Fact]
    public async Task OpenStream_OverloadedErrorEvent_EndsTheStreamWithARateLimitLikeFailure()
    {
        var events = await _harness.StreamAsync("""
            event: message_start
            data: {"type":"message_start","message":{"id":"msg_1","usage":{"input_tokens":5,"output_tokens":1},"content":[]}}

            event: error
            data: {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}


            """);

        Assert.Equal(UpstreamFailureKind.RateLimited, events.Failure!.Kind);
        Assert.Equal(529, events.Failure.StatusCode);
        Assert.Equal("Overloaded", events.Error!["message"]!.GetValue<string>());
        Assert.Empty(events.Text);
    }

    [Fact]
    public void Classify_RateLimitError_UsesRetryAfter()
    {
        var failure = _harness.Classify(
            429,
            """{"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}""",
            headers => headers.Add("retry-after", "40"))!;

        Assert.Equal(UpstreamFailureKind.RateLimited, failure.Kind);
        Assert.Equal(TranslationHarness.Now.AddSeconds(40), failure.CooldownUntil);
        Assert.Equal("Number of request tokens has exceeded your per-minute rate limit", failure.Message);
    }

    [Fact]
    public void Classify_OverloadedResponse_IsRetryableCapacity()
    {
        var failure = _harness.Classify(529, """{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""")!;

        Assert.Equal(UpstreamFailureKind.RateLimited, failure.Kind);
        Assert.True(failure.IsRetryable);
    }

    [Fact]
    public void Classify_InvalidRequest_IsTheClientsFault()
    {
        var failure = _harness.Classify(400, """{"type":"error","error":{"type":"invalid_request_error","message":"messages: roles must alternate"}}""")!;

        Assert.Equal(UpstreamFailureKind.BadRequest, failure.Kind);
    }
}
