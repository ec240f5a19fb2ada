using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>What a Responses request becomes on the pool: the chat completions body the provider receives.</summary>
public sealed class ResponsesTranslationTests
{
    [Fact]
    public async Task EveryKindOfInput_BecomesTheDocumentedChatBody_AndDroppedBuiltInToolsAreNamed()
    {
        UpstreamRecorder? recorder = null;
        await using var host = await RouterTestHost.StartAsync(options => options.Services = services => recorder = UpstreamRecorder.Install(services));
        var request = JsonNode.Parse("""
            {
              "model": "free",
              "instructions": "Be brief.",
              "input": [
                {"type": "message", "role": "developer", "content": [{"type": "input_text", "text": "Answer in English."}]},
                {"role": "user", "content": [{"type": "input_text", "text": "What is a cat, "}, {"type": "input_text", "text": "and the weather?"}]},
                {"type": "reasoning", "id": "rs_1", "summary": [], "encrypted_content": "opaque"},
                {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "A cat. ", "annotations": []}, {"type": "output_text", "text": "Let me look.", "annotations": []}]},
                {"type": "function_call", "call_id": "call_a", "name": "get_weather", "arguments": "{\"city\":\"Paris\"}"},
                {"type": "function_call", "call_id": "call_b", "name": "ns_lookup", "arguments": "{}"},
                {"type": "function_call_output", "call_id": "call_a", "output": "18C"},
                {"type": "function_call_output", "call_id": "call_b", "output": [{"type": "input_text", "text": "found"}]},
                {"role": "user", "content": "Thanks."}
              ],
              "tools": [
                {"type": "function", "name": "get_weather", "description": "Weather for a city", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}, "strict": true},
                {"type": "namespace", "name": "ns", "description": "A group", "tools": [{"type": "function", "name": "ns_lookup", "parameters": {"type": "object", "properties": {}}}]},
                {"type": "web_search", "external_web_access": false},
                {"type": "file_search", "vector_store_ids": ["vs_1"]}
              ],
              "tool_choice": "auto",
              "parallel_tool_calls": false,
              "text": {"format": {"type": "json_schema", "name": "answer", "schema": {"type": "object", "properties": {"a": {"type": "string"}}}, "strict": true}},
              "max_output_tokens": 500,
              "temperature": 0.5,
              "top_p": 0.9,
              "store": false,
              "include": ["reasoning.encrypted_content"],
              "reasoning": {"effort": "low", "summary": "auto"},
              "prompt_cache_key": "k",
              "client_metadata": {"turn": "1"},
              "metadata": {"m": "1"},
              "user": "someone",
              "truncation": "disabled",
              "service_tier": "auto"
            }
            """)!.AsObject();

        using var response = await host.Client.PostResponseAsync(request);

        await response.EnsureOkAsync();
        Assert.Equal("web_search,file_search", response.Header("x-router-dropped-tools"));
        var expected = JsonNode.Parse("""
            {
              "model": "free",
              "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "system", "content": "Answer in English."},
                {"role": "user", "content": [{"type": "text", "text": "What is a cat, "}, {"type": "text", "text": "and the weather?"}]},
                {"role": "assistant", "content": "A cat. Let me look."},
                {"role": "assistant", "content": null, "tool_calls": [
                  {"id": "call_a", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}},
                  {"id": "call_b", "type": "function", "function": {"name": "ns_lookup", "arguments": "{}"}}
                ]},
                {"role": "tool", "tool_call_id": "call_a", "content": "18C"},
                {"role": "tool", "tool_call_id": "call_b", "content": "found"},
                {"role": "user", "content": "Thanks."}
              ],
              "max_tokens": 500,
              "temperature": 0.5,
              "top_p": 0.9,
              "tools": [
                {"type": "function", "function": {"name": "get_weather", "description": "Weather for a city", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}, "strict": true}},
                {"type": "function", "function": {"name": "ns_lookup", "parameters": {"type": "object", "properties": {}}}}
              ],
              "parallel_tool_calls": false,
              "tool_choice": "auto",
              "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": {"type": "object", "properties": {"a": {"type": "string"}}}, "strict": true}}
            }
            """)!;
        var sent = Assert.Single(recorder!.ChatBodies);
        sent.Remove("model");
        expected.AsObject().Remove("model");
        Assert.Equal(expected.ToJsonString(), sent.ToJsonString());
    }

    [Fact]
    public async Task ImageInput_BecomesAnImageUrlPart_AndReachesOnlyVisionModels()
    {
        UpstreamRecorder? recorder = null;
        await using var host = await RouterTestHost.StartAsync(options => options.Services = services => recorder = UpstreamRecorder.Install(services));
        var request = JsonNode.Parse("""
            {"model": "free", "input": [{"role": "user", "content": [
              {"type": "input_text", "text": "What is in this picture?"},
              {"type": "input_image", "image_url": "data:image/png;base64,iVBORw0KGgo=", "detail": "low"}
            ]}]}
            """)!.AsObject();

        using var response = await host.Client.PostResponseAsync(request);

        await response.EnsureOkAsync();
        var sent = Assert.Single(recorder!.ChatBodies);
        Assert.Equal(
            """[{"role":"user","content":[{"type":"text","text":"What is in this picture?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo=","detail":"low"}}]}]""",
            sent["messages"]!.ToJsonString());
        Assert.Contains(response.Header("x-router-model"), FixtureModels.FreeIdsWhere(FixtureModels.TakesImages));
    }

    [Fact]
    public async Task MaxOutputTokensAboveTheModelsOutputLimit_IsLoweredToIt_AndServed()
    {
        UpstreamRecorder? recorder = null;
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(TestCatalog.ModelIds(2));
            options.Services = services => recorder = UpstreamRecorder.Install(services);
        });
        var request = new JsonObject { ["model"] = "free", ["input"] = "Say hello.", ["max_output_tokens"] = 32_000 };

        using var response = await host.Client.PostResponseAsync(request);

        await response.EnsureOkAsync();
        Assert.Equal(4096, Assert.Single(recorder!.ChatBodies)["max_tokens"]!.GetValue<int>());
    }

    [Fact]
    public async Task StringInput_StreamedWithRouterHints_AsksForUsage_AndKeepsTheHints()
    {
        UpstreamRecorder? recorder = null;
        await using var host = await RouterTestHost.StartAsync(options => options.Services = services => recorder = UpstreamRecorder.Install(services));
        var request = new JsonObject
        {
            ["model"] = "free",
            ["input"] = "Say hello.",
            ["stream"] = true,
            ["router"] = new JsonObject { ["sort"] = "latency" },
        };

        using var response = await host.Client.PostResponseAsync(request);

        await response.EnsureOkAsync();
        var sent = Assert.Single(recorder!.ChatBodies);
        Assert.Equal("""[{"role":"user","content":"Say hello."}]""", sent["messages"]!.ToJsonString());
        Assert.True(sent["stream"]!.GetValue<bool>());
        Assert.True(sent["stream_options"]!["include_usage"]!.GetValue<bool>());
        Assert.False(sent.ContainsKey("router"), "the router's hints are the router's own; they do not go upstream");
        Assert.False(response.Headers.Contains("x-router-dropped-tools"));
    }
}
