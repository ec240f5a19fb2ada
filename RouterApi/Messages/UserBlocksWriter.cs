using System.Text.Json;

namespace AspireRouter.RouterApi.Messages;

/// <summary>One user turn's content blocks: its tool results as <c>tool</c> messages, then the rest as one user message.</summary>
internal static class UserBlocksWriter
{
    public static string? Write(JsonElement blocks, string param, Utf8JsonWriter writer)
    {
        var index = 0;
        foreach (var block in blocks.EnumerateArray())
        {
            if (MessagesContentWriter.IsType(block, "tool_result") && WriteToolResult(block, $"{param}.content.{index}", writer) is { } error)
            {
                return error;
            }

            index++;
        }

        return WriteUserMessage(blocks, param, writer);
    }

    private static string? WriteToolResult(JsonElement block, string param, Utf8JsonWriter writer)
    {
        if (!block.TryGetProperty("tool_use_id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return $"{param}.tool_use_id: Field required.";
        }

        var text = block.TryGetProperty("content", out var content) ? content.ValueKind switch
        {
            JsonValueKind.String => content.GetString()!,
            JsonValueKind.Array => MessagesContentWriter.JoinText(content),
            _ => "",
        } : "";
        var failed = block.TryGetProperty("is_error", out var isError) && isError.ValueKind == JsonValueKind.True;
        writer.WriteStartObject();
        writer.WriteString("role"u8, "tool"u8);
        writer.WriteString("tool_call_id"u8, id.GetString());
        writer.WriteString("content"u8, failed ? MessagesContentWriter.ToolErrorPrefix + text : text);
        writer.WriteEndObject();
        return null;
    }

    // The turn's text and images, and the images its tool results returned (a tool message carries text only).
    private static string? WriteUserMessage(JsonElement blocks, string param, Utf8JsonWriter writer)
    {
        var parts = new List<(string? Text, string? ImageUrl)>();
        var index = 0;
        foreach (var block in blocks.EnumerateArray())
        {
            var blockParam = $"{param}.content.{index++}";
            var type = MessagesContentWriter.TypeOf(block);
            if (type == "tool_result")
            {
                if (block.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array && AddImages(content, blockParam + ".content", parts) is { } error)
                {
                    return error;
                }

                continue;
            }

            if (AddPart(block, type, blockParam, parts) is { } partError)
            {
                return partError;
            }
        }

        if (parts.Count > 0)
        {
            WriteMessage(parts, writer);
        }

        return null;
    }

    private static string? AddImages(JsonElement blocks, string param, List<(string? Text, string? ImageUrl)> parts)
    {
        var index = 0;
        foreach (var block in blocks.EnumerateArray())
        {
            if (MessagesContentWriter.IsType(block, "image") && AddPart(block, "image", $"{param}.{index}", parts) is { } error)
            {
                return error;
            }

            index++;
        }

        return null;
    }

    private static string? AddPart(JsonElement block, string? type, string param, List<(string? Text, string? ImageUrl)> parts)
    {
        switch (type)
        {
            case "text":
                var text = block.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                if (text is null)
                {
                    return $"{param}.text: Field required.";
                }

                if (text.Length > 0)
                {
                    parts.Add((text, null));
                }

                return null;
            case "image":
                if (ImageSource.Url(block) is not { } url)
                {
                    return $"{param}.source: Input should be a base64 source (type, media_type, data) or a url source (type, url).";
                }

                parts.Add((null, url));
                return null;
            case "document" when DocumentText(block) is { } document:
                parts.Add((document, null));
                return null;
            case null:
                return $"{param}.type: Field required.";
            default:
                return MessagesContentWriter.IsLeftOut(type) ? null : $"{param}.type: the router does not accept '{type}' blocks in a user turn.";
        }
    }

    // A plain-text document (source type "text") reads as text; other documents (PDF) no free model of the pool takes.
    private static string? DocumentText(JsonElement block) =>
        block.TryGetProperty("source", out var source) && MessagesContentWriter.IsType(source, "text")
        && source.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String
            ? data.GetString()
            : null;

    private static void WriteMessage(List<(string? Text, string? ImageUrl)> parts, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("role"u8, "user"u8);
        if (parts is [{ Text: { } only }])
        {
            writer.WriteString("content"u8, only);
            writer.WriteEndObject();
            return;
        }

        writer.WriteStartArray("content"u8);
        foreach (var (text, imageUrl) in parts)
        {
            writer.WriteStartObject();
            if (text is not null)
            {
                writer.WriteString("type"u8, "text"u8);
                writer.WriteString("text"u8, text);
            }
            else
            {
                writer.WriteString("type"u8, "image_url"u8);
                writer.WriteStartObject("image_url"u8);
                writer.WriteString("url"u8, imageUrl);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
