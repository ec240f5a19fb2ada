extern alias simulator;

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Input;
using AspireRouter.RouterApi.Tests.Support;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Messages;

/// <summary>The pool's answers as Anthropic's <c>message</c> and event stream (https://docs.claude.com/en/docs/build-with-claude/streaming).</summary>
public sealed class MessagesAnswerTests(RouterHostFixture fixture) : IClassFixture<RouterHostFixture>
{
    private static readonly string[] Pool = TestCatalog.ModelIds(2);

    [Fact]
    public async Task PlainAnswer_IsAnAnthropicMessage_WithTextEndTurnAndUsage()
    {
        var host = fixture.Host;
        host.Simulator.SetReplyTokens(5);

        using var response = await host.PostMessagesAsync(MessagesRequests.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = await response.JsonAsync();
        Assert.StartsWith("msg_", message.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("message", message.GetProperty("type").GetString());
        Assert.Equal("assistant", message.GetProperty("role").GetString());
        Assert.Equal(response.Header("x-router-model"), message.GetProperty("model").GetString());
        var text = Assert.Single(message.GetProperty("content").EnumerateArray());
        Assert.Equal("text", text.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(text.GetProperty("text").GetString()));
        Assert.Equal("end_turn", message.GetProperty("stop_reason").GetString());
        Assert.Equal(JsonValueKind.Null, message.GetProperty("stop_sequence").ValueKind);
        Assert.Equal(5, message.GetProperty("usage").GetProperty("output_tokens").GetInt32());
        Assert.True(message.GetProperty("usage").GetProperty("input_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task AnswerCutByMaxTokens_StopsWithMaxTokens()
    {
        var host = fixture.Host;
        host.Simulator.SetReplyTokens(20);
        var body = MessagesRequests.Body();
        body["max_tokens"] = 3;

        using var response = await host.PostMessagesAsync(body);

        var message = await response.JsonAsync();
        Assert.Equal("max_tokens", message.GetProperty("stop_reason").GetString());
        Assert.Equal(3, message.GetProperty("usage").GetProperty("output_tokens").GetInt32());
    }

    [Fact]
    public async Task ToolCall_IsAToolUseBlockWithItsInput_AndStopsWithToolUse()
    {
        var host = fixture.Host;
        var body = MessagesRequests.Body();
        body["tools"] = WeatherTool();
        body["tool_choice"] = JsonNode.Parse("""{"type": "any"}""");

        using var response = await host.PostMessagesAsync(body);

        var message = await response.JsonAsync();
        var call = Assert.Single(message.GetProperty("content").EnumerateArray());
        Assert.Equal("tool_use", call.GetProperty("type").GetString());
        Assert.Equal("get_weather", call.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(call.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.String, call.GetProperty("input").GetProperty("city").ValueKind);
        Assert.Equal("tool_use", message.GetProperty("stop_reason").GetString());
    }

    [Fact]
    public async Task StreamedText_IsAnthropicsEventSequence_WithTheTextInDeltasAndTheFinalUsage()
    {
        var host = fixture.Host;
        host.Simulator.SetReplyTokens(5);

        using var response = await host.PostMessagesAsync(MessagesRequests.Body(stream: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var events = await response.ReadAnthropicEventsAsync();
        Assert.Equal(
            ["message_start", "content_block_start", .. Enumerable.Repeat("content_block_delta", 5), "content_block_stop", "message_delta", "message_stop"],
            events.Select(e => e.Name));
        Assert.All(events, e => Assert.Equal(e.Name, e.Data.GetProperty("type").GetString()));
        var start = events[0].Data.GetProperty("message");
        Assert.Equal(response.Header("x-router-model"), start.GetProperty("model").GetString());
        Assert.Empty(start.GetProperty("content").EnumerateArray());
        Assert.Equal("text", events[1].Data.GetProperty("content_block").GetProperty("type").GetString());
        var text = new StringBuilder();
        foreach (var (_, data) in events.Where(e => e.Name == "content_block_delta"))
        {
            Assert.Equal(0, data.GetProperty("index").GetInt32());
            Assert.Equal("text_delta", data.GetProperty("delta").GetProperty("type").GetString());
            text.Append(data.GetProperty("delta").GetProperty("text").GetString());
        }

        Assert.False(string.IsNullOrWhiteSpace(text.ToString()));
        var delta = events[^2].Data;
        Assert.Equal("end_turn", delta.GetProperty("delta").GetProperty("stop_reason").GetString());
        Assert.Equal(5, delta.GetProperty("usage").GetProperty("output_tokens").GetInt32());
        Assert.True(delta.GetProperty("usage").GetProperty("input_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task StreamedToolCall_IsAToolUseBlockWithInputJsonDeltas_AndStopsWithToolUse()
    {
        var host = fixture.Host;
        var body = MessagesRequests.Body(stream: true);
        body["tools"] = WeatherTool();
        body["tool_choice"] = JsonNode.Parse("""{"type": "tool", "name": "get_weather"}""");

        using var response = await host.PostMessagesAsync(body);

        var events = await response.ReadAnthropicEventsAsync();
        Assert.Equal(["message_start", "content_block_start"], events.Take(2).Select(e => e.Name));
        Assert.Equal(["content_block_stop", "message_delta", "message_stop"], events.TakeLast(3).Select(e => e.Name));
        var block = events[1].Data.GetProperty("content_block");
        Assert.Equal("tool_use", block.GetProperty("type").GetString());
        Assert.Equal("get_weather", block.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(block.GetProperty("id").GetString()));
        var deltas = events.Where(e => e.Name == "content_block_delta").Select(e => e.Data.GetProperty("delta")).ToList();
        Assert.NotEmpty(deltas);
        Assert.All(deltas, d => Assert.Equal("input_json_delta", d.GetProperty("type").GetString()));
        using var input = JsonDocument.Parse(string.Concat(deltas.Select(d => d.GetProperty("partial_json").GetString())));
        Assert.Equal(JsonValueKind.String, input.RootElement.GetProperty("city").ValueKind);
        Assert.Equal("tool_use", events[^2].Data.GetProperty("delta").GetProperty("stop_reason").GetString());
    }

    [Fact]
    public async Task FailureBeforeTheFirstToken_FallsBackInvisibly()
    {
        await using var host = await StartAsync(new FaultRule { Kind = FaultKinds.Unavailable503, Count = 1 });

        using var response = await host.PostMessagesAsync(MessagesRequests.Body(stream: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", response.Header("x-router-attempts"));
        Assert.Equal(2, host.Simulator.ChatModels().Distinct().Count());
        var events = await response.ReadAnthropicEventsAsync();
        Assert.Equal("message_start", events[0].Name);
        Assert.Equal("message_stop", events[^1].Name);
        Assert.DoesNotContain(events, e => e.Name == "error");
    }

    [Fact]
    public async Task FailureAfterTheFirstToken_EndsTheStreamWithAnAnthropicErrorEvent()
    {
        await using var host = await StartAsync(new FaultRule { Kind = FaultKinds.MidstreamError });

        using var response = await host.PostMessagesAsync(MessagesRequests.Body(stream: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await response.ReadAnthropicEventsAsync();
        Assert.Equal("message_start", events[0].Name);
        Assert.Contains(events, e => e.Name == "content_block_delta");
        var (name, data) = events[^1];
        Assert.Equal("error", name);
        Assert.Equal("api_error", data.GetProperty("error").GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("error").GetProperty("message").GetString()));
        Assert.DoesNotContain(events, e => e.Name == "message_stop");
    }

    [Fact]
    public async Task CountTokens_CountsTheTranslatedPrompt_WithoutAnUpstreamCall()
    {
        var host = fixture.Host;
        var upstreamCalls = host.Simulator.ChatModels().Count;
        var small = MessagesRequests.Body();
        small.Remove("max_tokens");
        var larger = small.DeepClone().AsObject();
        larger["system"] = "You are a meteorologist who answers in one sentence.";
        larger["tools"] = WeatherTool();

        using var smallResponse = await host.PostMessagesAsync(small, "v1/messages/count_tokens");
        using var largerResponse = await host.PostMessagesAsync(larger, "v1/messages/count_tokens");

        Assert.Equal(HttpStatusCode.OK, smallResponse.StatusCode);
        var smallCount = (await smallResponse.JsonAsync()).GetProperty("input_tokens").GetInt32();
        var largerCount = (await largerResponse.JsonAsync()).GetProperty("input_tokens").GetInt32();
        Assert.InRange(smallCount, 4, 20);
        Assert.True(largerCount > smallCount + 20, $"{largerCount} tokens with a system prompt and a tool, {smallCount} without");
        Assert.Equal(upstreamCalls, host.Simulator.ChatModels().Count);
    }

    private static JsonNode WeatherTool() => JsonNode.Parse("""
        [{"name": "get_weather", "description": "The weather in a city.",
          "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}]
        """)!;

    private static Task<RouterTestHost> StartAsync(FaultRule fault) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(fault);
        });
}
