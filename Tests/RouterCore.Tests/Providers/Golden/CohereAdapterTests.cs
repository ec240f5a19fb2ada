using System.Text.Json.Nodes;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Tests.Providers.Golden;

/// <summary>Golden tests of the <c>cohere</c> wire format against Cohere's v2 chat documentation (https://docs.cohere.com/reference/chat).</summary>
public sealed class CohereAdapterTests
{
    private static readonly ProviderOptions Cohere = new()
    {
        Name = "cohere",
        Kind = ProviderKinds.Cohere,
        BaseUrl = "https://api.cohere.com/v2",
        ApiKey = "co-secret",
        CatalogSource = CatalogSourceKind.Static,
    };

    private readonly TranslationHarness _harness = new(ProviderKinds.Cohere);

    [Fact]
    public async Task CreateChatRequest_ToolConversation_IsAV2ChatBody()
    {
        var (request, body) = await _harness.RequestAsync(Cohere, OpenAiExamples.ToolConversation, "command-a-03-2025");

        Assert.Equal("https://api.cohere.com/v2/chat", request.RequestUri!.ToString());
        Assert.Equal("Bearer co-secret", request.Headers.Authorization!.ToString());
        TranslationHarness.AssertJson("""
            {
              "model": "command-a-03-2025",
              "messages": [
                {"role": "system", "content": "You are terse."},
                {"role": "user", "content": [
                  {"type": "text", "text": "What is in this picture, and the weather in Oslo?"},
                  {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]},
                {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"}}]},
                {"role": "tool", "tool_call_id": "call_1", "content": "{\"temperature\":3}"}
              ],
              "temperature": 0.2, "p": 0.9, "max_tokens": 256, "seed": 7, "stop_sequences": ["END"],
              "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Current weather", "parameters": WEATHER_SCHEMA}}],
              "tool_choice": "REQUIRED"
            }
            """.Replace("WEATHER_SCHEMA", OpenAiExamples.WeatherSchema, StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task CreateChatRequest_JsonSchema_IsAJsonObjectFormatWithTheSchemaInline()
    {
        var (_, body) = await _harness.RequestAsync(Cohere, OpenAiExamples.JsonSchemaStream, "command-a-03-2025");

        Assert.True(body["stream"]!.GetValue<bool>());
        TranslationHarness.AssertJson(
            """{"type":"json_object","json_schema":CAT_SCHEMA}""".Replace("CAT_SCHEMA", OpenAiExamples.CatSchema, StringComparison.Ordinal),
            body["response_format"]);
    }

    // The response example of https://docs.cohere.com/reference/chat.
    [Fact]
    public void TranslateCompletion_DocumentedResponse_IsAChatCompletion()
    {
        var completion = _harness.Complete("""
            {"id":"c14c80c3-18eb-4519-9460-6c92edd8cfb4","finish_reason":"COMPLETE",
             "message":{"role":"assistant","content":[{"type":"text","text":"LLMs stand for Large Language Models."}]},
             "usage":{"billed_units":{"input_tokens":5,"output_tokens":418},"tokens":{"input_tokens":71,"output_tokens":418}}}
            """);

        TranslationHarness.AssertJson("""
            {"id":"chatcmpl-c14c80c3-18eb-4519-9460-6c92edd8cfb4","object":"chat.completion","created":1777636800,"model":"public/model",
             "choices":[{"index":0,"message":{"role":"assistant","content":"LLMs stand for Large Language Models."},"logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":71,"completion_tokens":418,"total_tokens":489}}
            """, completion);
    }

    // The tool use example of https://docs.cohere.com/docs/tool-use-overview (get_weather with a tool plan).
    [Fact]
    public void TranslateCompletion_DocumentedToolCall_IsAToolCallWithoutThePlan()
    {
        var completion = _harness.Complete("""
            {"id":"7ab1fba6-7d5c-4a9c-8e1b-7b8f0a6b6a1e","finish_reason":"TOOL_CALL",
             "message":{"role":"assistant","tool_plan":"I will search for the weather in Toronto.",
               "tool_calls":[{"id":"get_weather_1byjy32y4hvq","type":"function","function":{"name":"get_weather","arguments":"{\"location\":\"Toronto\"}"}}]},
             "usage":{"billed_units":{"input_tokens":37,"output_tokens":28},"tokens":{"input_tokens":1395,"output_tokens":59}}}
            """);

        var choice = completion["choices"]![0]!;
        Assert.Null(choice["message"]!["content"]);
        TranslationHarness.AssertJson(
            """[{"id":"get_weather_1byjy32y4hvq","type":"function","function":{"name":"get_weather","arguments":"{\"location\":\"Toronto\"}"}}]""",
            choice["message"]!["tool_calls"]);
        Assert.Equal("tool_calls", choice["finish_reason"]!.GetValue<string>());
    }

    [Fact]
    public void TranslateCompletion_FinishedWithError_IsNoAnswer()
    {
        var failure = _harness.CompleteFailure("""{"id":"x","finish_reason":"ERROR","message":{"role":"assistant","content":[]}}""");

        Assert.Equal(UpstreamFailureKind.ErrorInBody, failure!.Kind);
    }

    [Fact]
    public void TranslateCompletion_MaxTokens_IsLength()
    {
        var completion = _harness.Complete("""{"id":"x","finish_reason":"MAX_TOKENS","message":{"role":"assistant","content":[{"type":"text","text":"cut"}]}}""");

        Assert.Equal("length", completion["choices"]![0]!["finish_reason"]!.GetValue<string>());
    }

    // The basic stream of https://docs.cohere.com/docs/streaming: message-start, content-*, message-end.
    [Fact]
    public async Task OpenStream_DocumentedStream_IsOpenAiChunksWithUsageAndDone()
    {
        var events = await _harness.StreamAsync("""
            event: message-start
            data: {"id":"29f14a5a-11de-4cae-9800-25e4747408ea","type":"message-start","delta":{"message":{"role":"assistant","content":[],"tool_plan":"","tool_calls":[],"citations":[]}}}

            event: content-start
            data: {"type":"content-start","index":0,"delta":{"message":{"content":{"type":"text","text":""}}}}

            event: content-delta
            data: {"type":"content-delta","index":0,"delta":{"message":{"content":{"text":"Hello"}}}}

            event: content-delta
            data: {"type":"content-delta","index":0,"delta":{"message":{"content":{"text":" there"}}}}

            event: content-end
            data: {"type":"content-end","index":0}

            event: message-end
            data: {"type":"message-end","delta":{"finish_reason":"COMPLETE","usage":{"billed_units":{"input_tokens":3,"output_tokens":2},"tokens":{"input_tokens":69,"output_tokens":2}}}}


            """);

        Assert.Equal("Hello there", events.Text);
        Assert.Equal("stop", events.FinishReason);
        TranslationHarness.AssertJson("""{"prompt_tokens":69,"completion_tokens":2,"total_tokens":71}""", events.Usage);
        Assert.Equal("chatcmpl-29f14a5a-11de-4cae-9800-25e4747408ea", events.Chunks[0]["id"]!.GetValue<string>());
        Assert.True(events.EndsWithDone);
    }

    // The tool use stream of https://docs.cohere.com/docs/tool-use-streaming: tool-plan-delta, then tool-call-start/delta/end.
    [Fact]
    public async Task OpenStream_DocumentedToolCallStream_IsAToolCallWithArgumentsInPieces()
    {
        var events = await _harness.StreamAsync("""
            event: message-start
            data: {"id":"m1","type":"message-start","delta":{"message":{"role":"assistant","content":[],"tool_plan":"","tool_calls":[],"citations":[]}}}

            event: tool-plan-delta
            data: {"type":"tool-plan-delta","delta":{"message":{"tool_plan":"I will"}}}

            event: tool-call-start
            data: {"type":"tool-call-start","index":0,"delta":{"message":{"tool_calls":{"id":"get_weather_nsz5zm3w56q3","type":"function","function":{"name":"get_weather","arguments":""}}}}}

            event: tool-call-delta
            data: {"type":"tool-call-delta","index":0,"delta":{"message":{"tool_calls":{"function":{"arguments":"{\n    \""}}}}}

            event: tool-call-delta
            data: {"type":"tool-call-delta","index":0,"delta":{"message":{"tool_calls":{"function":{"arguments":"location\": \"Toronto\"}"}}}}}

            event: tool-call-end
            data: {"type":"tool-call-end","index":0}

            event: message-end
            data: {"type":"message-end","delta":{"finish_reason":"TOOL_CALL","usage":{"tokens":{"input_tokens":1395,"output_tokens":59}}}}


            """);

        Assert.Empty(events.Text);
        var call = Assert.Single(events.ToolCalls);
        Assert.Equal(("get_weather_nsz5zm3w56q3", "get_weather"), (call.Id, call.Name));
        TranslationHarness.AssertJson("""{"location":"Toronto"}""", JsonNode.Parse(call.Arguments));
        Assert.Equal("tool_calls", events.FinishReason);
    }

    [Fact]
    public async Task OpenStream_MessageEndWithError_EndsWithAFailure()
    {
        var events = await _harness.StreamAsync("""
            event: content-delta
            data: {"type":"content-delta","index":0,"delta":{"message":{"content":{"text":"Part"}}}}

            event: message-end
            data: {"type":"message-end","delta":{"error":"internal server error","finish_reason":"ERROR"}}


            """);

        Assert.Equal("Part", events.Text);
        Assert.Equal("internal server error", events.Failure!.Message);
        Assert.False(events.EndsWithDone);
    }

    // Trial keys: "You are using a Trial key, which is limited to 1000 API calls / month" (https://docs.cohere.com/docs/rate-limits).
    [Fact]
    public void Classify_TrialMonthlyLimit_CoolsTheWholeProvider()
    {
        var failure = _harness.Classify(429, """{"id":"8e3b5e3a-5e0a-4c3b-a4a8-2bc1d5c8a5a3","message":"You are using a Trial key, which is limited to 1000 API calls / month. You can continue to use the Trial key for free or upgrade to a Production key with higher rate limits at 'https://dashboard.cohere.com/api-keys'."}""")!;

        Assert.Equal(UpstreamFailureKind.RateLimited, failure.Kind);
        Assert.Equal(CooldownScope.Provider, failure.Scope);
        Assert.Equal(TranslationHarness.Now + CooldownParser.MaxHorizon, failure.CooldownUntil);
    }

    [Fact]
    public void Classify_TrialPerMinuteLimit_CoolsTheModelWithTheDefaultBackoff()
    {
        var failure = _harness.Classify(429, """{"id":"x","message":"You are using a Trial key, which is limited to 20 API calls / minute."}""")!;

        Assert.Equal((UpstreamFailureKind.RateLimited, CooldownScope.Model), (failure.Kind, failure.Scope));
        Assert.Null(failure.CooldownUntil);
    }
}
