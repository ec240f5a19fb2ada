using System.Text.Json.Nodes;

namespace AspireRouter.RouterApi.Tests.Context;

/// <summary>
/// Conversations whose token counts are known exactly under o200k: <c>Words(n)</c> is n tokens ("the the the ..."), four bytes
/// a token as the cheap estimate assumes; each long message starts with a one-token word that names it.
/// </summary>
internal static class Conversations
{
    public static string Words(int tokens) => string.Join(' ', Enumerable.Repeat("the", tokens));

    public static JsonObject Message(string role, string content) => new() { ["role"] = role, ["content"] = content };

    public static JsonObject ToolCalls(params string[] ids) => new()
    {
        ["role"] = "assistant",
        ["content"] = null,
        ["tool_calls"] = new JsonArray([.. ids.Select(id => (JsonNode)new JsonObject
        {
            ["id"] = id,
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = "get_weather", ["arguments"] = """{"city":"Paris"}""" },
        })]),
    };

    public static JsonObject ToolResult(string id, string content) => new() { ["role"] = "tool", ["tool_call_id"] = id, ["content"] = content };

    /// <summary>System, then six turns of 400 words, then a short question: 8 messages, about 2,440 tokens.</summary>
    public static JsonArray LongChat() =>
    [
        Message("system", "Be brief."),
        Message("user", "one " + Words(399)),
        Message("assistant", "two " + Words(399)),
        Message("user", "three " + Words(399)),
        Message("assistant", "four " + Words(399)),
        Message("user", "five " + Words(399)),
        Message("assistant", "six " + Words(399)),
        Message("user", "Summarize."),
    ];

    /// <summary>System, a long question, a tool call answered by two long results, a long answer, thanks: about 1,660 tokens.</summary>
    public static JsonArray ToolChat() =>
    [
        Message("system", "Be brief."),
        Message("user", "one " + Words(399)),
        ToolCalls("c1", "c2"),
        ToolResult("c1", "sunny " + Words(399)),
        ToolResult("c2", "windy " + Words(399)),
        Message("assistant", "answer " + Words(399)),
        Message("user", "Thanks."),
    ];

    public static JsonObject Body(JsonArray messages, string model = "free") => new() { ["model"] = model, ["messages"] = messages };

    /// <summary>The first word of each message's content (or "calls" for a tool call), to say which messages survived.</summary>
    public static List<string> FirstWords(JsonArray messages) =>
        [.. messages.Select(message => message!["content"] is JsonValue content ? content.GetValue<string>().Split(' ')[0] : "calls")];
}
