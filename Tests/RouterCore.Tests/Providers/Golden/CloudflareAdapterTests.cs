using System.Text.Json.Nodes;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Tests.Providers.Golden;

/// <summary>Golden tests of the <c>cloudflare</c> wire format against Workers AI's documentation (https://developers.cloudflare.com/workers-ai/).</summary>
public sealed class CloudflareAdapterTests
{
    private static readonly ProviderOptions Cloudflare = new()
    {
        Name = "cloudflare",
        Kind = ProviderKinds.Cloudflare,
        BaseUrl = "https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/ai",
        ApiKey = "cf-token",
        CatalogSource = CatalogSourceKind.Static,
    };

    private readonly TranslationHarness _harness = new(ProviderKinds.Cloudflare);

    [Fact]
    public async Task CreateChatRequest_ToolCallHistory_IsARunInputWithTraditionalTools()
    {
        const string conversation = """
            {"max_tokens":256,"temperature":0.2,"seed":7,"stop":["END"],"tool_choice":"auto",
             "messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"Weather in Oslo?"},
               {"role":"assistant","content":"","tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Oslo\"}"}}]},
               {"role":"tool","tool_call_id":"call_1","content":"{\"temperature\":3}"}],
             "tools":[{"type":"function","function":{"name":"get_weather","description":"Current weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}]}
            """;

        var (request, body) = await _harness.RequestAsync(Cloudflare, conversation, "@cf/meta/llama-3.3-70b-instruct-fp8-fast");

        Assert.Equal("https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/ai/run/@cf/meta/llama-3.3-70b-instruct-fp8-fast", request.RequestUri!.ToString());
        Assert.Equal("Bearer cf-token", request.Headers.Authorization!.ToString());
        TranslationHarness.AssertJson("""
            {
              "messages": [
                {"role": "system", "content": "You are terse."},
                {"role": "user", "content": "Weather in Oslo?"},
                {"role": "assistant", "content": "", "tool_calls": [{"name": "get_weather", "arguments": {"city": "Oslo"}}]},
                {"role": "tool", "content": "{\"temperature\":3}", "tool_call_id": "call_1"}
              ],
              "max_tokens": 256, "temperature": 0.2, "seed": 7,
              "tools": [{"name": "get_weather", "description": "Current weather", "parameters": WEATHER_SCHEMA}]
            }
            """.Replace("WEATHER_SCHEMA", OpenAiExamples.WeatherSchema, StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task CreateChatRequest_Image_IsRejected()
    {
        var error = await Assert.ThrowsAsync<UnsupportedParameterException>(() => _harness.RequestAsync(Cloudflare, OpenAiExamples.ToolConversation, "@cf/meta/llama-3.3-70b-instruct-fp8-fast"));

        Assert.Contains("image_url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateChatRequest_JsonSchema_IsJsonMode()
    {
        var (_, body) = await _harness.RequestAsync(Cloudflare, OpenAiExamples.JsonSchemaStream, "@cf/meta/llama-3.1-8b-instruct-fast");

        Assert.True(body["stream"]!.GetValue<bool>());
        TranslationHarness.AssertJson(
            """{"type":"json_schema","json_schema":CAT_SCHEMA}""".Replace("CAT_SCHEMA", OpenAiExamples.CatSchema, StringComparison.Ordinal),
            body["response_format"]);
    }

    // The REST API example of https://developers.cloudflare.com/workers-ai/get-started/rest-api/, with the usage models now report.
    [Fact]
    public void TranslateCompletion_DocumentedResult_IsAChatCompletion()
    {
        var completion = _harness.Complete("""
            {"result":{"response":"Hello, World first appeared in 1974 at Bell Labs.","usage":{"prompt_tokens":15,"completion_tokens":12,"total_tokens":27}},
             "success":true,"errors":[],"messages":[]}
            """);

        var choice = completion["choices"]![0]!;
        Assert.Equal("Hello, World first appeared in 1974 at Bell Labs.", choice["message"]!["content"]!.GetValue<string>());
        Assert.Equal("stop", choice["finish_reason"]!.GetValue<string>());
        TranslationHarness.AssertJson("""{"prompt_tokens":15,"completion_tokens":12,"total_tokens":27}""", completion["usage"]);
        Assert.StartsWith("chatcmpl-", completion["id"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    // The traditional function calling example of https://developers.cloudflare.com/workers-ai/features/function-calling/traditional/.
    [Fact]
    public void TranslateCompletion_DocumentedToolCalls_AreOpenAiToolCalls()
    {
        var completion = _harness.Complete("""
            {"result":{"response":null,"tool_calls":[{"arguments":{"latitude":"51.5074","longitude":"-0.1278"},"name":"getWeather"}]},"success":true,"errors":[],"messages":[]}
            """);

        var choice = completion["choices"]![0]!;
        Assert.Null(choice["message"]!["content"]);
        var call = choice["message"]!["tool_calls"]![0]!;
        Assert.Equal("getWeather", call["function"]!["name"]!.GetValue<string>());
        TranslationHarness.AssertJson("""{"latitude":"51.5074","longitude":"-0.1278"}""", JsonNode.Parse(call["function"]!["arguments"]!.GetValue<string>()));
        Assert.Equal("tool_calls", choice["finish_reason"]!.GetValue<string>());
    }

    [Fact]
    public void TranslateCompletion_JsonModeObject_IsItsJsonText()
    {
        var completion = _harness.Complete("""{"result":{"response":{"name":"Tom"}},"success":true,"errors":[],"messages":[]}""");

        Assert.Equal("""{"name":"Tom"}""", completion["choices"]![0]!["message"]!["content"]!.GetValue<string>());
    }

    // Streaming as https://developers.cloudflare.com/workers-ai/features/batch-api/ and the models' pages show it: response pieces, then [DONE].
    [Fact]
    public async Task OpenStream_DocumentedStream_IsOpenAiChunksWithUsageAndDone()
    {
        var events = await _harness.StreamAsync("""
            data: {"response":"Hello","p":"abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789"}

            data: {"response":" world","p":"abcdefghijklmnopqr"}

            data: {"response":"","usage":{"prompt_tokens":12,"completion_tokens":2,"total_tokens":14}}

            data: [DONE]


            """);

        Assert.Equal("Hello world", events.Text);
        Assert.Equal("stop", events.FinishReason);
        TranslationHarness.AssertJson("""{"prompt_tokens":12,"completion_tokens":2,"total_tokens":14}""", events.Usage);
        Assert.True(events.EndsWithDone);
        Assert.Single(events.Data, d => d == "[DONE]");
    }

    // Errors table of https://developers.cloudflare.com/workers-ai/platform/errors/: 3036, the daily free allocation.
    [Fact]
    public void Classify_DailyNeuronsSpent_CoolsTheWholeProviderUntilUtcMidnight()
    {
        var failure = _harness.Classify(429, """
            {"result":null,"success":false,"errors":[{"code":3036,"message":"You have used up your daily free allocation of 10,000 neurons. Please upgrade to Cloudflare's Workers Paid plan if you would like to continue usage."}],"messages":[]}
            """)!;

        Assert.Equal(UpstreamFailureKind.RateLimited, failure.Kind);
        Assert.Equal(CooldownScope.Provider, failure.Scope);
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero), failure.CooldownUntil);
    }

    [Fact]
    public void Classify_OutOfCapacity_CoolsOnlyTheModel()
    {
        var failure = _harness.Classify(429, """{"result":null,"success":false,"errors":[{"code":3040,"message":"No more data centers to forward the request to"}],"messages":[]}""")!;

        Assert.Equal((UpstreamFailureKind.RateLimited, CooldownScope.Model), (failure.Kind, failure.Scope));
    }

    [Fact]
    public void Classify_NoSuchModel_IsAMissingModelNotABadRequest()
    {
        var failure = _harness.Classify(400, """{"result":null,"success":false,"errors":[{"code":5007,"message":"No such model @cf/meta/llama-9 or task"}],"messages":[]}""")!;

        Assert.Equal(UpstreamFailureKind.NoEndpoints, failure.Kind);
        Assert.True(failure.IsRetryable);
    }
}
