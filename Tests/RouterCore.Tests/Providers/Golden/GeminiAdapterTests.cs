using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Tests.Providers.Golden;

/// <summary>Golden tests of the <c>gemini</c> wire format against Google's documented examples (https://ai.google.dev/api/generate-content).</summary>
public sealed class GeminiAdapterTests
{
    private static readonly ProviderOptions Google = new()
    {
        Name = "gemini",
        Kind = ProviderKinds.Gemini,
        BaseUrl = "https://generativelanguage.googleapis.com/v1beta",
        ApiKey = "AIza-secret",
        CatalogSource = CatalogSourceKind.Static,
    };

    private readonly TranslationHarness _harness = new(ProviderKinds.Gemini);

    [Fact]
    public async Task CreateChatRequest_ToolConversation_IsAGenerateContentBodyWithTheKeyInItsHeader()
    {
        var (request, body) = await _harness.RequestAsync(Google, OpenAiExamples.ToolConversation, "gemini-2.5-flash");

        Assert.Equal("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent", request.RequestUri!.ToString());
        Assert.Equal("AIza-secret", request.Headers.GetValues("x-goog-api-key").Single());
        Assert.Null(request.Headers.Authorization);
        TranslationHarness.AssertJson("""
            {
              "contents": [
                {"role": "user", "parts": [{"text": "What is in this picture, and the weather in Oslo?"}, {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}]},
                {"role": "model", "parts": [{"functionCall": {"name": "get_weather", "args": {"city": "Oslo"}}}]},
                {"role": "user", "parts": [{"functionResponse": {"name": "get_weather", "response": {"temperature": 3}}}]}
              ],
              "systemInstruction": {"parts": [{"text": "You are terse."}]},
              "tools": [{"functionDeclarations": [{"name": "get_weather", "description": "Current weather", "parametersJsonSchema": WEATHER_SCHEMA}]}],
              "toolConfig": {"functionCallingConfig": {"mode": "ANY"}},
              "generationConfig": {"temperature": 0.2, "topP": 0.9, "maxOutputTokens": 256, "seed": 7, "stopSequences": ["END"]}
            }
            """.Replace("WEATHER_SCHEMA", OpenAiExamples.WeatherSchema, StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task CreateChatRequest_StreamedJsonSchema_UsesStreamGenerateContentWithSseAndAResponseSchema()
    {
        var (request, body) = await _harness.RequestAsync(Google, OpenAiExamples.JsonSchemaStream, "gemini-2.5-flash");

        Assert.Equal("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", request.RequestUri!.ToString());
        TranslationHarness.AssertJson(
            """{"responseMimeType": "application/json", "responseJsonSchema": CAT_SCHEMA}""".Replace("CAT_SCHEMA", OpenAiExamples.CatSchema, StringComparison.Ordinal),
            body["generationConfig"]);
    }

    [Fact]
    public async Task CreateChatRequest_GemmaModel_PutsTheSystemTextInTheFirstTurn()
    {
        var (_, body) = await _harness.RequestAsync(Google, """{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}]}""", "gemma-3-27b-it");

        Assert.Null(body["systemInstruction"]);
        TranslationHarness.AssertJson("""[{"role":"user","parts":[{"text":"Be brief."},{"text":"Hi"}]}]""", body["contents"]);
    }

    [Fact]
    public async Task CreateChatRequest_SeveralChoices_AreRejected()
    {
        await Assert.ThrowsAsync<UnsupportedParameterException>(() => _harness.RequestAsync(Google, """{"n":2,"messages":[{"role":"user","content":"Hi"}]}""", "gemini-2.5-flash"));
    }

    // The text generation example of https://ai.google.dev/gemini-api/docs/text-generation (REST response).
    [Fact]
    public void TranslateCompletion_DocumentedTextResponse_IsAChatCompletion()
    {
        var completion = _harness.Complete("""
            {"candidates":[{"content":{"parts":[{"text":"AI learns patterns from data to make predictions."}],"role":"model"},"finishReason":"STOP","avgLogprobs":-0.21}],
             "usageMetadata":{"promptTokenCount":8,"candidatesTokenCount":12,"totalTokenCount":20,"promptTokensDetails":[{"modality":"TEXT","tokenCount":8}]},
             "modelVersion":"gemini-2.0-flash","responseId":"mAitaLmkHPPlz7IPvtfUqQ4"}
            """, "gemini/gemini-2.0-flash");

        TranslationHarness.AssertJson("""
            {"id":"chatcmpl-mAitaLmkHPPlz7IPvtfUqQ4","object":"chat.completion","created":1777636800,"model":"gemini/gemini-2.0-flash",
             "choices":[{"index":0,"message":{"role":"assistant","content":"AI learns patterns from data to make predictions."},"logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":8,"completion_tokens":12,"total_tokens":20}}
            """, completion);
    }

    // The function calling example of https://ai.google.dev/gemini-api/docs/function-calling (set_light_values).
    [Fact]
    public void TranslateCompletion_DocumentedFunctionCall_IsAToolCall()
    {
        var completion = _harness.Complete("""
            {"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"name":"set_light_values","args":{"brightness":25,"color_temp":"warm"}}}]},"finishReason":"STOP"}],
             "usageMetadata":{"promptTokenCount":40,"candidatesTokenCount":9,"thoughtsTokenCount":30}}
            """);

        var message = completion["choices"]![0]!["message"]!;
        Assert.Null(message["content"]);
        var call = message["tool_calls"]![0]!;
        Assert.StartsWith("call_", call["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("set_light_values", call["function"]!["name"]!.GetValue<string>());
        TranslationHarness.AssertJson("""{"brightness":25,"color_temp":"warm"}""", System.Text.Json.Nodes.JsonNode.Parse(call["function"]!["arguments"]!.GetValue<string>()));
        Assert.Equal("tool_calls", completion["choices"]![0]!["finish_reason"]!.GetValue<string>());
        TranslationHarness.AssertJson("""{"prompt_tokens":40,"completion_tokens":39,"total_tokens":79}""", completion["usage"]);
    }

    [Theory]
    [InlineData("MAX_TOKENS", "length")]
    [InlineData("SAFETY", "content_filter")]
    [InlineData("RECITATION", "content_filter")]
    [InlineData("OTHER", "stop")]
    public void TranslateCompletion_FinishReasons_MapToOpenAis(string finishReason, string expected)
    {
        var completion = _harness.Complete($$"""{"candidates":[{"content":{"parts":[{"text":"x"}],"role":"model"},"finishReason":"{{finishReason}}"}]}""");

        Assert.Equal(expected, completion["choices"]![0]!["finish_reason"]!.GetValue<string>());
    }

    [Fact]
    public void TranslateCompletion_BlockedPrompt_IsAnEmptyContentFilteredAnswer()
    {
        var completion = _harness.Complete("""{"promptFeedback":{"blockReason":"SAFETY"},"usageMetadata":{"promptTokenCount":5}}""");

        Assert.Equal("content_filter", completion["choices"]![0]!["finish_reason"]!.GetValue<string>());
        Assert.Equal("", completion["choices"]![0]!["message"]!["content"]!.GetValue<string>());
    }

    // streamGenerateContent?alt=sse sends each partial response as one event, separated by \r\n\r\n, and simply ends.
    [Fact]
    public async Task OpenStream_DocumentedSseResponse_IsOpenAiChunksWithUsageAndDone()
    {
        var events = await _harness.StreamAsync(
            "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"The\"}],\"role\": \"model\"},\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 4,\"totalTokenCount\": 4},\"modelVersion\": \"gemini-2.0-flash\",\"responseId\": \"r1\"}\r\n\r\n"
            + "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \" cat sat.\"}],\"role\": \"model\"},\"finishReason\": \"STOP\",\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 4,\"candidatesTokenCount\": 3,\"totalTokenCount\": 7},\"modelVersion\": \"gemini-2.0-flash\",\"responseId\": \"r1\"}\r\n\r\n");

        Assert.Equal("The cat sat.", events.Text);
        Assert.Equal("stop", events.FinishReason);
        TranslationHarness.AssertJson("""{"prompt_tokens":4,"completion_tokens":3,"total_tokens":7}""", events.Usage);
        Assert.True(events.EndsWithDone);
        Assert.Null(events.Failure);
        var first = events.Chunks[0];
        Assert.Equal("chatcmpl-r1", first["id"]!.GetValue<string>());
        Assert.Equal("chat.completion.chunk", first["object"]!.GetValue<string>());
        Assert.Equal("assistant", first["choices"]![0]!["delta"]!["role"]!.GetValue<string>());
        Assert.All(events.Chunks, chunk => Assert.Equal("public/model", chunk["model"]!.GetValue<string>()));
    }

    [Fact]
    public async Task OpenStream_FunctionCall_IsOneToolCallDeltaAndFinishesWithToolCalls()
    {
        var events = await _harness.StreamAsync(
            "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"get_weather\",\"args\":{\"city\":\"Oslo\"}}}]},\"finishReason\":\"STOP\"}],\"usageMetadata\":{\"promptTokenCount\":20,\"candidatesTokenCount\":5}}\r\n\r\n");

        var call = Assert.Single(events.ToolCalls);
        Assert.Equal(("get_weather", """{"city":"Oslo"}"""), (call.Name, call.Arguments));
        Assert.Equal("tool_calls", events.FinishReason);
    }

    [Fact]
    public async Task OpenStream_EndsWithoutFinishReason_EndsWithAnErrorEvent()
    {
        var events = await _harness.StreamAsync("data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Half\"}],\"role\":\"model\"}}]}\r\n\r\n");

        Assert.Equal("Half", events.Text);
        Assert.NotNull(events.Error);
        Assert.Equal(UpstreamFailureKind.ErrorInBody, events.Failure!.Kind);
        Assert.False(events.EndsWithDone);
    }

    // The 429 of google-gemini/gemini-cli#8437: the free tier's per-minute and per-day quotas, with a RetryInfo.
    [Fact]
    public void Classify_ResourceExhaustedPerDay_CoolsTheModelUntilMidnightPacific()
    {
        var failure = _harness.Classify(429, """
            {"error":{"code":429,"message":"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.","status":"RESOURCE_EXHAUSTED",
             "details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[
               {"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerMinutePerProjectPerModel-FreeTier","quotaDimensions":{"location":"global","model":"gemini-2.5-flash"}},
               {"quotaMetric":"generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier","quotaDimensions":{"model":"gemini-2.5-flash","location":"global"}}]},
              {"@type":"type.googleapis.com/google.rpc.Help","links":[{"description":"Learn more about Gemini API quotas","url":"https://ai.google.dev/gemini-api/docs/rate-limits"}]},
              {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"32s"}]}}
            """)!;

        Assert.Equal(UpstreamFailureKind.RateLimited, failure.Kind);
        Assert.Equal(CooldownScope.Model, failure.Scope);
        Assert.Equal(429, failure.StatusCode);

        // 12:00 UTC on 2026-05-01 is 05:00 in California (PDT): its midnight is 07:00 UTC on 2026-05-02.
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 7, 0, 0, TimeSpan.Zero), failure.CooldownUntil);
    }

    [Fact]
    public void Classify_ResourceExhaustedPerMinute_WaitsTheRetryDelay()
    {
        var failure = _harness.Classify(429, """
            {"error":{"code":429,"message":"Quota exceeded. Please retry in 20.04466179s.","status":"RESOURCE_EXHAUSTED",
             "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"20.04466179s"}]}}
            """)!;

        Assert.Equal(UpstreamFailureKind.RateLimited, failure.Kind);
        Assert.Equal(TranslationHarness.Now.AddSeconds(20.04466179), failure.CooldownUntil!.Value, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task OpenStream_ErrorEvent_EndsWithTheClassifiedFailure()
    {
        var events = await _harness.StreamAsync("data: {\"error\":{\"code\":503,\"message\":\"The model is overloaded. Please try again later.\",\"status\":\"UNAVAILABLE\"}}\r\n\r\n");

        Assert.Equal(UpstreamFailureKind.ErrorInBody, events.Failure!.Kind);
        Assert.Equal(503, events.Failure.StatusCode);
        Assert.Equal("The model is overloaded. Please try again later.", events.Error!["message"]!.GetValue<string>());
        Assert.Equal(503, events.Error!["code"]!.GetValue<int>());
    }

    [Fact]
    public void Classify_SuccessfulAnswer_IsNoFailure()
    {
        Assert.Null(_harness.Classify(200, """{"candidates":[{"content":{"parts":[{"text":"ok"}],"role":"model"},"finishReason":"STOP"}]}"""));
    }

    // A wrong key: 400 INVALID_ARGUMENT with an ErrorInfo whose reason is API_KEY_INVALID (https://ai.google.dev/gemini-api/docs/troubleshooting).
    [Fact]
    public void Classify_InvalidKey_IsTheProvidersFaultNotTheRequests()
    {
        var failure = _harness.Classify(400, """
            {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT",
             "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]}}
            """)!;

        Assert.Equal(UpstreamFailureKind.Unauthorized, failure.Kind);
        Assert.Equal(CooldownScope.Provider, failure.Scope);
        Assert.True(failure.IsRetryable);
    }
}
