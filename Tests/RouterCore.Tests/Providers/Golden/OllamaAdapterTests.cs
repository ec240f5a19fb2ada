using System.Text.Json.Nodes;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Tests.Providers.Golden;

/// <summary>Golden tests of the <c>ollama</c> wire format against Ollama's API documentation (https://github.com/ollama/ollama/blob/main/docs/api.md).</summary>
public sealed class OllamaAdapterTests
{
    private static readonly ProviderOptions Ollama = new()
    {
        Name = "ollama",
        Kind = ProviderKinds.Ollama,
        BaseUrl = "http://localhost:11434",
        CatalogSource = CatalogSourceKind.Static,
    };

    private readonly TranslationHarness _harness = new(ProviderKinds.Ollama);

    [Fact]
    public async Task CreateChatRequest_ToolConversation_IsAnApiChatBody()
    {
        var (request, body) = await _harness.RequestAsync(Ollama, OpenAiExamples.ToolConversation, "llama3.2");

        Assert.Equal("http://localhost:11434/api/chat", request.RequestUri!.ToString());
        Assert.Null(request.Headers.Authorization);
        TranslationHarness.AssertJson("""
            {
              "model": "llama3.2",
              "messages": [
                {"role": "system", "content": "You are terse."},
                {"role": "user", "content": "What is in this picture, and the weather in Oslo?", "images": ["iVBORw0KGgo="]},
                {"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "get_weather", "arguments": {"city": "Oslo"}}}]},
                {"role": "tool", "content": "{\"temperature\":3}", "tool_name": "get_weather"}
              ],
              "stream": false,
              "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Current weather", "parameters": WEATHER_SCHEMA}}],
              "options": {"temperature": 0.2, "top_p": 0.9, "num_predict": 256, "seed": 7, "stop": ["END"]}
            }
            """.Replace("WEATHER_SCHEMA", OpenAiExamples.WeatherSchema, StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task CreateChatRequest_JsonSchema_IsTheFormat()
    {
        var (_, body) = await _harness.RequestAsync(Ollama, OpenAiExamples.JsonSchemaStream, "llama3.2");

        Assert.True(body["stream"]!.GetValue<bool>());
        TranslationHarness.AssertJson(OpenAiExamples.CatSchema, body["format"]);
    }

    [Fact]
    public async Task CreateChatRequest_ImageByUrl_IsRejected()
    {
        const string byUrl = """{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://example.com/cat.png"}}]}]}""";

        await Assert.ThrowsAsync<UnsupportedParameterException>(() => _harness.RequestAsync(Ollama, byUrl, "llava"));
    }

    [Fact]
    public async Task CreateChatRequest_AudioContent_IsRejectedNotDropped()
    {
        const string audio = """{"messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"UklGR","format":"wav"}}]}]}""";

        var error = await Assert.ThrowsAsync<UnsupportedParameterException>(() => _harness.RequestAsync(Ollama, audio, "llama3.2"));

        Assert.Contains("input_audio content", error.Message, StringComparison.Ordinal);
    }

    // The "Chat request (No streaming)" response of Ollama's API documentation.
    [Fact]
    public void TranslateCompletion_DocumentedResponse_IsAChatCompletion()
    {
        var completion = _harness.Complete("""
            {"model":"llama3.2","created_at":"2023-12-12T14:13:43.416799Z","message":{"role":"assistant","content":"Hello! How are you today?"},
             "done":true,"done_reason":"stop","total_duration":5191566416,"load_duration":2154458,"prompt_eval_count":26,"prompt_eval_duration":383809000,
             "eval_count":298,"eval_duration":4799921000}
            """);

        var choice = completion["choices"]![0]!;
        Assert.Equal("Hello! How are you today?", choice["message"]!["content"]!.GetValue<string>());
        Assert.Equal("stop", choice["finish_reason"]!.GetValue<string>());
        TranslationHarness.AssertJson("""{"prompt_tokens":26,"completion_tokens":298,"total_tokens":324}""", completion["usage"]);
    }

    // The "Chat request (with tools)" response of the same page.
    [Fact]
    public void TranslateCompletion_DocumentedToolCall_IsAToolCall()
    {
        var completion = _harness.Complete("""
            {"model":"llama3.2","created_at":"2024-07-22T20:33:28.123648Z",
             "message":{"role":"assistant","content":"","tool_calls":[{"function":{"name":"get_current_weather","arguments":{"format":"celsius","location":"Paris, FR"}}}]},
             "done_reason":"stop","done":true,"total_duration":885095291,"prompt_eval_count":122,"eval_count":20}
            """);

        var choice = completion["choices"]![0]!;
        Assert.Null(choice["message"]!["content"]);
        var call = choice["message"]!["tool_calls"]![0]!;
        Assert.Equal("get_current_weather", call["function"]!["name"]!.GetValue<string>());
        TranslationHarness.AssertJson("""{"format":"celsius","location":"Paris, FR"}""", JsonNode.Parse(call["function"]!["arguments"]!.GetValue<string>()));
        Assert.Equal("tool_calls", choice["finish_reason"]!.GetValue<string>());
    }

    [Fact]
    public void TranslateCompletion_Length_IsLength()
    {
        var completion = _harness.Complete("""{"message":{"role":"assistant","content":"cut"},"done":true,"done_reason":"length","eval_count":5}""");

        Assert.Equal("length", completion["choices"]![0]!["finish_reason"]!.GetValue<string>());
    }

    // The "Chat request (Streaming)" responses: one JSON object per line, the last with done and the counts.
    [Fact]
    public async Task OpenStream_DocumentedNdjson_IsOpenAiChunksWithUsageAndDone()
    {
        var events = await _harness.StreamAsync(
            """{"model":"llama3.2","created_at":"2023-08-04T08:52:19.385406455-07:00","message":{"role":"assistant","content":"The","images":null},"done":false}""" + "\n"
            + """{"model":"llama3.2","created_at":"2023-08-04T08:52:19.4Z","message":{"role":"assistant","content":" sky is blue."},"done":false}""" + "\n"
            + """{"model":"llama3.2","created_at":"2023-08-04T19:22:45.499127Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","total_duration":4883583458,"load_duration":1334875,"prompt_eval_count":26,"prompt_eval_duration":342546000,"eval_count":282,"eval_duration":4535599000}""" + "\n");

        Assert.Equal("The sky is blue.", events.Text);
        Assert.Equal("stop", events.FinishReason);
        TranslationHarness.AssertJson("""{"prompt_tokens":26,"completion_tokens":282,"total_tokens":308}""", events.Usage);
        Assert.True(events.EndsWithDone);
    }

    [Fact]
    public async Task OpenStream_ToolCallLine_IsAToolCall()
    {
        var events = await _harness.StreamAsync(
            """{"model":"llama3.2","message":{"role":"assistant","content":"","tool_calls":[{"function":{"name":"get_weather","arguments":{"city":"Oslo"}}}]},"done":false}""" + "\n"
            + """{"model":"llama3.2","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","prompt_eval_count":10,"eval_count":5}""" + "\n");

        var call = Assert.Single(events.ToolCalls);
        Assert.Equal(("get_weather", """{"city":"Oslo"}"""), (call.Name, call.Arguments));
        Assert.Equal("tool_calls", events.FinishReason);
    }

    [Fact]
    public async Task OpenStream_ErrorLine_EndsWithAFailure()
    {
        var events = await _harness.StreamAsync(
            """{"model":"llama3.2","message":{"role":"assistant","content":"Hi"},"done":false}""" + "\n" + """{"error":"an error was encountered while running the model: unexpected EOF"}""" + "\n");

        Assert.Equal("Hi", events.Text);
        Assert.Equal("an error was encountered while running the model: unexpected EOF", events.Failure!.Message);
    }

    [Fact]
    public void Classify_ModelNotPulled_IsAMissingModel()
    {
        var failure = _harness.Classify(404, """{"error":"model 'llama3' not found, try pulling it first"}""")!;

        Assert.Equal(UpstreamFailureKind.NoEndpoints, failure.Kind);
        Assert.Equal("model 'llama3' not found, try pulling it first", failure.Message);
    }
}
