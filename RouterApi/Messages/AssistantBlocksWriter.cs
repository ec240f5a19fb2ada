using System.Text;
using System.Text.Json;

namespace AspireRouter.RouterApi.Messages;

/// <summary>One assistant turn's content blocks as one assistant message: its text as <c>content</c>, its <c>tool_use</c> blocks as <c>tool_calls</c>.</summary>
internal static class AssistantBlocksWriter
{
    public static string? Write(JsonElement blocks, string param, Utf8JsonWriter writer)
    {
        var text = new StringBuilder();
        var calls = 0;
        var index = 0;
        foreach (var block in blocks.EnumerateArray())
        {
            var blockParam = $"{param}.content.{index++}";
            switch (MessagesContentWriter.TypeOf(block))
            {
                case "text":
                    if (!block.TryGetProperty("text", out var value) || value.ValueKind != JsonValueKind.String)
                    {
                        return $"{blockParam}.text: Field required.";
                    }

                    text.Append(value.GetString());
                    break;
                case "tool_use":
                    if (CheckToolUse(block, blockParam) is { } error)
                    {
                        return error;
                    }

                    calls++;
                    break;
                case null:
                    return $"{blockParam}.type: Field required.";
                case var type when !MessagesContentWriter.IsLeftOut(type):
                    return $"{blockParam}.type: the router does not accept '{type}' blocks in an assistant turn.";
            }
        }

        writer.WriteStartObject();
        writer.WriteString("role"u8, "assistant"u8);
        if (text.Length > 0 || calls == 0)
        {
            writer.WriteString("content"u8, text.ToString());
        }
        else
        {
            writer.WriteNull("content"u8);
        }

        if (calls > 0)
        {
            WriteToolCalls(blocks, writer);
        }

        writer.WriteEndObject();
        return null;
    }

    private static string? CheckToolUse(JsonElement block, string param)
    {
        if (!block.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return $"{param}.id: Field required.";
        }

        if (!block.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
        {
            return $"{param}.name: Field required.";
        }

        return block.TryGetProperty("input", out var input) && input.ValueKind == JsonValueKind.Object ? null : $"{param}.input: Input should be an object.";
    }

    private static void WriteToolCalls(JsonElement blocks, Utf8JsonWriter writer)
    {
        writer.WriteStartArray("tool_calls"u8);
        foreach (var block in blocks.EnumerateArray())
        {
            if (!MessagesContentWriter.IsType(block, "tool_use"))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("id"u8, block.GetProperty("id").GetString());
            writer.WriteString("type"u8, "function"u8);
            writer.WriteStartObject("function"u8);
            writer.WriteString("name"u8, block.GetProperty("name").GetString());
            writer.WriteString("arguments"u8, block.GetProperty("input").GetRawText());
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
