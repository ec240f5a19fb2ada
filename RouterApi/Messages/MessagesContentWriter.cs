using System.Text;
using System.Text.Json;

namespace AspireRouter.RouterApi.Messages;

/// <summary>
/// Anthropic's messages as OpenAI chat messages. A system turn (Anthropic's mid-conversation system messages) stays one. A
/// user turn's <c>tool_result</c> blocks become <c>tool</c> messages (first, as OpenAI wants them right after the assistant's
/// calls; an <c>is_error</c> result's text starts with <c>Error: </c>), its other blocks one user message (text, and images as
/// <c>image_url</c> parts, data URLs for base64 sources). An assistant turn's text becomes its content and its <c>tool_use</c>
/// blocks its <c>tool_calls</c>. Thinking blocks and the blocks of Anthropic's server tools (which the pool never ran) are left out.
/// </summary>
internal static class MessagesContentWriter
{
    public const string ToolErrorPrefix = "Error: ";

    /// <returns>Why a message is refused, or null once every message is written.</returns>
    public static string? Write(JsonElement messages, Utf8JsonWriter writer)
    {
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            var param = $"messages.{index}";
            if (message.ValueKind != JsonValueKind.Object)
            {
                return $"{param}: Input should be an object with role and content.";
            }

            var role = message.TryGetProperty("role", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (role is not ("user" or "assistant" or "system"))
            {
                return $"{param}.role: Input should be 'user', 'assistant' or 'system'.";
            }

            if (!message.TryGetProperty("content", out var content) || content.ValueKind is not (JsonValueKind.String or JsonValueKind.Array))
            {
                return $"{param}.content: Field required (a string or an array of content blocks).";
            }

            var error = content.ValueKind == JsonValueKind.String ? WriteText(role, content.GetString()!, writer)
                : role == "system" ? WriteText(role, JoinText(content), writer)
                : role == "user" ? UserBlocksWriter.Write(content, param, writer)
                : AssistantBlocksWriter.Write(content, param, writer);
            if (error is not null)
            {
                return error;
            }

            index++;
        }

        return null;
    }

    /// <summary>The text of an array of blocks (<c>system</c>, a <c>tool_result</c>'s content), text blocks joined by blank lines.</summary>
    public static string JoinText(JsonElement blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks.EnumerateArray())
        {
            if (IsType(block, "text") && block.TryGetProperty("text", out var part) && part.ValueKind == JsonValueKind.String)
            {
                text.Append(text.Length == 0 ? "" : "\n\n").Append(part.GetString());
            }
        }

        return text.ToString();
    }

    /// <summary>Whether a block's <c>type</c> is <paramref name="type"/>.</summary>
    public static bool IsType(JsonElement block, string type) =>
        block.ValueKind == JsonValueKind.Object && block.TryGetProperty("type", out var value) && value.ValueKind == JsonValueKind.String && value.ValueEquals(type);

    /// <summary>The block's <c>type</c>, or null when it has none.</summary>
    public static string? TypeOf(JsonElement block) =>
        block.ValueKind == JsonValueKind.Object && block.TryGetProperty("type", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Blocks the router leaves out: thinking, and what Anthropic's own server tools did (<c>server_tool_use</c>, <c>web_search_tool_result</c>, ...).</summary>
    public static bool IsLeftOut(string type) =>
        type is "thinking" or "redacted_thinking" or "container_upload"
        || (type != "tool_use" && type.EndsWith("_tool_use", StringComparison.Ordinal))
        || (type != "tool_result" && type.EndsWith("_tool_result", StringComparison.Ordinal));

    private static string? WriteText(string role, string text, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("role"u8, role);
        writer.WriteString("content"u8, text);
        writer.WriteEndObject();
        return null;
    }
}
