using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>The pool's chat answer in the Responses format: the response object, and the event stream in order with its usage.</summary>
public sealed class ResponsesAnswerTests
{
    private static readonly string[] TextEvents =
    [
        "response.created", "response.in_progress", "response.output_item.added", "response.content_part.added",
        "response.output_text.delta", "response.output_text.done", "response.content_part.done", "response.output_item.done", "response.completed",
    ];

    private static readonly string[] FunctionCallEvents =
    [
        "response.created", "response.in_progress", "response.output_item.added", "response.function_call_arguments.delta",
        "response.function_call_arguments.done", "response.output_item.done", "response.completed",
    ];

    [Fact]
    public async Task PlainRequest_AnswersAResponseObject_WithTheTextAndUsage()
    {
        await using var host = await RouterTestHost.StartAsync();

        using var response = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Say hello.", ["instructions"] = "Be brief." });

        await response.EnsureOkAsync();
        var body = await response.JsonAsync();
        Assert.StartsWith("resp_", body.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("response", body.GetProperty("object").GetString());
        Assert.Equal("completed", body.GetProperty("status").GetString());
        Assert.Equal("Be brief.", body.GetProperty("instructions").GetString());
        Assert.Equal(response.Header("x-router-model"), body.GetProperty("model").GetString());
        var message = Assert.Single(body.GetProperty("output").EnumerateArray());
        Assert.Equal(("message", "assistant", "completed"), (message.GetProperty("type").GetString(), message.GetProperty("role").GetString(), message.GetProperty("status").GetString()));
        var part = Assert.Single(message.GetProperty("content").EnumerateArray());
        Assert.Equal("output_text", part.GetProperty("type").GetString());
        Assert.Contains(body.GetProperty("model").GetString()!, part.GetProperty("text").GetString(), StringComparison.Ordinal);
        var usage = body.GetProperty("usage");
        Assert.True(usage.GetProperty("input_tokens").GetInt32() > 0);
        Assert.True(usage.GetProperty("output_tokens").GetInt32() > 0);
        Assert.Equal(usage.GetProperty("input_tokens").GetInt32() + usage.GetProperty("output_tokens").GetInt32(), usage.GetProperty("total_tokens").GetInt32());
    }

    [Fact]
    public async Task MaxOutputTokensReached_TheResponseIsIncomplete_WithThatReason()
    {
        await using var host = await RouterTestHost.StartAsync();
        host.Simulator.SetReplyTokens(40);

        using var response = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Tell a story.", ["max_output_tokens"] = 16 });

        await response.EnsureOkAsync();
        var body = await response.JsonAsync();
        Assert.Equal("incomplete", body.GetProperty("status").GetString());
        Assert.Equal("max_output_tokens", body.GetProperty("incomplete_details").GetProperty("reason").GetString());
        Assert.Equal(16, body.GetProperty("usage").GetProperty("output_tokens").GetInt32());
    }

    [Fact]
    public async Task StreamedText_EventsComeInTheDocumentedOrder_AndTheCompletedResponseCarriesTheTextAndUsage()
    {
        await using var host = await RouterTestHost.StartAsync();
        host.Simulator.SetReplyTokens(6);

        using var response = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Say hello.", ["stream"] = true });

        await response.EnsureOkAsync();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = await response.EventsAsync();
        Assert.Equal(TextEvents, Collapse(events));
        Assert.Equal(Enumerable.Range(0, events.Count), events.Select(e => e.Data.GetProperty("sequence_number").GetInt32()));
        Assert.All(events, e => Assert.Equal(e.Name, e.Data.GetProperty("type").GetString()));
        var deltas = events.Where(e => e.Name == "response.output_text.delta").Select(e => e.Data.GetProperty("delta").GetString()).ToList();
        var text = string.Concat(deltas);
        Assert.Equal(text, Single(events, "response.output_text.done").GetProperty("text").GetString());
        var itemId = Single(events, "response.output_item.added").GetProperty("item").GetProperty("id").GetString();
        Assert.All(events.Where(e => e.Data.TryGetProperty("item_id", out _)), e => Assert.Equal(itemId, e.Data.GetProperty("item_id").GetString()));

        var created = Single(events, "response.created").GetProperty("response");
        var completed = Single(events, "response.completed").GetProperty("response");
        Assert.Equal("in_progress", created.GetProperty("status").GetString());
        Assert.False(created.TryGetProperty("usage", out _), "a response in progress has no usage yet");
        Assert.Equal(created.GetProperty("id").GetString(), completed.GetProperty("id").GetString());
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal(response.Header("x-router-model"), completed.GetProperty("model").GetString());
        Assert.Equal(text, completed.GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString());
        var usage = completed.GetProperty("usage");
        Assert.Equal(deltas.Count, usage.GetProperty("output_tokens").GetInt32());
        Assert.True(usage.GetProperty("input_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task StreamedFunctionCall_EventsCarryTheCallAndItsArguments()
    {
        await using var host = await RouterTestHost.StartAsync();
        var request = new JsonObject
        {
            ["model"] = "free",
            ["input"] = "What is the weather in Paris?",
            ["stream"] = true,
            ["tools"] = new JsonArray(WeatherTool()),
        };

        using var response = await host.Client.PostResponseAsync(request);

        await response.EnsureOkAsync();
        var events = await response.EventsAsync();
        Assert.Equal(FunctionCallEvents, Collapse(events));
        var added = Single(events, "response.output_item.added").GetProperty("item");
        Assert.Equal(("function_call", "get_weather", "in_progress"), (added.GetProperty("type").GetString(), added.GetProperty("name").GetString(), added.GetProperty("status").GetString()));
        Assert.StartsWith("call_", added.GetProperty("call_id").GetString(), StringComparison.Ordinal);
        var arguments = string.Concat(events.Where(e => e.Name == "response.function_call_arguments.delta").Select(e => e.Data.GetProperty("delta").GetString()));
        var done = Single(events, "response.function_call_arguments.done");
        Assert.Equal(arguments, done.GetProperty("arguments").GetString());
        Assert.Equal("get_weather", done.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.String, JsonDocument.Parse(arguments).RootElement.GetProperty("city").ValueKind);
        var call = Assert.Single(Single(events, "response.completed").GetProperty("response").GetProperty("output").EnumerateArray());
        Assert.Equal((added.GetProperty("id").GetString(), added.GetProperty("call_id").GetString(), arguments, "completed"), (call.GetProperty("id").GetString(), call.GetProperty("call_id").GetString(), call.GetProperty("arguments").GetString(), call.GetProperty("status").GetString()));
    }

    internal static JsonObject WeatherTool() => new()
    {
        ["type"] = "function",
        ["name"] = "get_weather",
        ["description"] = "The weather in a city",
        ["parameters"] = JsonNode.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}"""),
    };

    // The event names with runs of deltas counted once.
    private static List<string> Collapse(List<(string Name, JsonElement Data)> events)
    {
        var names = new List<string>();
        foreach (var (name, _) in events)
        {
            if (names.Count == 0 || names[^1] != name || !name.EndsWith(".delta", StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static JsonElement Single(List<(string Name, JsonElement Data)> events, string name) => Assert.Single(events, e => e.Name == name).Data;
}
