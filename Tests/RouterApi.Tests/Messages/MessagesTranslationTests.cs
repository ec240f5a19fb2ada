using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Messages;

/// <summary>What the pool receives for an Anthropic Messages request (https://docs.claude.com/en/api/messages), field by field.</summary>
public sealed class MessagesTranslationTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(2);

    [Fact]
    public async Task FullRequest_ReachesThePoolAsTheEquivalentChatRequest_AndServerToolsAreDroppedAndNamed()
    {
        // A tool result's images follow the tool messages in a user message: a tool message carries text only.
        var recorder = default(UpstreamRecorder);
        await using var host = await RouterTestHost.StartAsync(options => options.Services = services => recorder = UpstreamRecorder.Install(services));

        using var response = await host.PostMessagesAsync(JsonNode.Parse("""
            {
              "model": "free", "max_tokens": 300,
              "system": [{"type": "text", "text": "You are terse."}, {"type": "text", "text": "Answer in English.", "cache_control": {"type": "ephemeral"}}],
              "messages": [
                {"role": "user", "content": [
                  {"type": "text", "text": "What is in this picture?"},
                  {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}}]},
                {"role": "assistant", "content": [
                  {"type": "thinking", "thinking": "A picture of an animal.", "signature": "c2ln"},
                  {"type": "text", "text": "Let me look it up."},
                  {"type": "tool_use", "id": "toolu_01", "name": "lookup", "input": {"q": "cat"}},
                  {"type": "tool_use", "id": "toolu_02", "name": "lookup", "input": {"q": "dog"}}]},
                {"role": "user", "content": [
                  {"type": "tool_result", "tool_use_id": "toolu_01", "content": [
                    {"type": "text", "text": "A cat."}, {"type": "image", "source": {"type": "url", "url": "https://example.com/cat.png"}}]},
                  {"type": "tool_result", "tool_use_id": "toolu_02", "content": "not found", "is_error": true},
                  {"type": "text", "text": "Thanks."}]}
              ],
              "tools": [
                {"name": "lookup", "description": "Looks a word up.", "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}},
                {"type": "web_search_20250305", "name": "web_search", "max_uses": 3}
              ],
              "tool_choice": {"type": "auto", "disable_parallel_tool_use": true},
              "stop_sequences": ["END"], "temperature": 0.5, "top_p": 0.9, "top_k": 40,
              "thinking": {"type": "adaptive"}, "metadata": {"user_id": "user-1"}, "context_management": {"edits": []},
              "output_config": {"effort": "high"}, "service_tier": "auto"
            }
            """)!.AsObject(), "v1/messages?beta=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("web_search", response.Header("x-router-dropped-tools"));
        var sent = Assert.Single(recorder!.ChatBodies);
        sent.Remove("model");
        Assert.Equal(
            JsonNode.Parse("""
                {
                  "messages": [
                    {"role": "system", "content": "You are terse.\n\nAnswer in English."},
                    {"role": "user", "content": [
                      {"type": "text", "text": "What is in this picture?"},
                      {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]},
                    {"role": "assistant", "content": "Let me look it up.", "tool_calls": [
                      {"id": "toolu_01", "type": "function", "function": {"name": "lookup", "arguments": "{\"q\":\"cat\"}"}},
                      {"id": "toolu_02", "type": "function", "function": {"name": "lookup", "arguments": "{\"q\":\"dog\"}"}}]},
                    {"role": "tool", "tool_call_id": "toolu_01", "content": "A cat."},
                    {"role": "tool", "tool_call_id": "toolu_02", "content": "Error: not found"},
                    {"role": "user", "content": [
                      {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
                      {"type": "text", "text": "Thanks."}]}
                  ],
                  "max_tokens": 300,
                  "stop": ["END"], "temperature": 0.5, "top_p": 0.9, "top_k": 40,
                  "tools": [{"type": "function", "function": {"name": "lookup", "description": "Looks a word up.",
                    "parameters": {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}}}],
                  "tool_choice": "auto",
                  "parallel_tool_calls": false
                }
                """)!.ToJsonString(),
            sent.ToJsonString());
    }

    [Fact]
    public async Task StreamedRequest_AsksThePoolForUsage_AndForcedToolAndStructuredOutputAreTranslated()
    {
        var recorder = default(UpstreamRecorder);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Services = services => recorder = UpstreamRecorder.Install(services);
        });
        var body = MessagesRequests.Body(stream: true);
        body["system"] = "Be brief.";
        body["tools"] = JsonNode.Parse("""[{"name": "get_time", "input_schema": {"type": "object"}}]""");
        body["tool_choice"] = JsonNode.Parse("""{"type": "tool", "name": "get_time"}""");
        body["output_config"] = JsonNode.Parse("""{"format": {"type": "json_schema", "schema": {"type": "object"}}}""");

        using var response = await host.PostMessagesAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(recorder!.ChatBodies);
        sent.Remove("model");
        Assert.Equal(
            JsonNode.Parse("""
                {
                  "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Say hello."}],
                  "max_tokens": 256, "stream": true, "stream_options": {"include_usage": true},
                  "response_format": {"type": "json_schema", "json_schema": {"name": "output", "schema": {"type": "object"}}},
                  "tools": [{"type": "function", "function": {"name": "get_time", "parameters": {"type": "object"}}}],
                  "tool_choice": {"type": "function", "function": {"name": "get_time"}}
                }
                """)!.ToJsonString(),
            sent.ToJsonString());
    }

    [Fact]
    public async Task MaxTokensAboveTheModelsOutputLimit_IsLoweredToIt_AndServed()
    {
        var recorder = default(UpstreamRecorder);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Services = services => recorder = UpstreamRecorder.Install(services);
        });
        var body = MessagesRequests.Body();
        body["max_tokens"] = 32_000;

        using var response = await host.PostMessagesAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", response.Header("x-router-attempts"));
        Assert.Equal(4096, Assert.Single(recorder!.ChatBodies)["max_tokens"]!.GetValue<int>());
        Assert.Equal("end_turn", (await response.JsonAsync()).GetProperty("stop_reason").GetString());
    }

    [Fact]
    public async Task MaxTokensBeyondTheContextLeftAfterThePrompt_IsLoweredToWhatFits()
    {
        var recorder = default(UpstreamRecorder);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write([(Pool[0], 3_000)]);
            options.Services = services => recorder = UpstreamRecorder.Install(services);
        });
        var body = MessagesRequests.Body();
        body["max_tokens"] = 32_000;
        body["system"] = string.Concat(Enumerable.Repeat("Answer briefly and politely. ", 200));

        using var response = await host.PostMessagesAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var maxTokens = Assert.Single(recorder!.ChatBodies)["max_tokens"]!.GetValue<int>();
        Assert.InRange(maxTokens, 1_024, 3_000 - 1_000);
    }
}
