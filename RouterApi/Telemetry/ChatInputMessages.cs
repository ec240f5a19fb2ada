using System.Text.Json;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>A request's messages as the conventions' <c>gen_ai.input.messages</c>: role and text parts, within a budget of text.</summary>
internal static class ChatInputMessages
{
    /// <summary>The messages' JSON, or null when the body has none.</summary>
    public static string? Read(ReadOnlyMemory<byte> body, int limit)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
            ? InputMessages(messages, limit)
            : null;
    }

    private static string InputMessages(JsonElement messages, int limit)
    {
        using var writer = new GenAiMessagesWriter(limit);
        foreach (var message in messages.EnumerateArray())
        {
            if (message.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var role = message.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "user";
            writer.BeginMessage(role);
            if (message.TryGetProperty("content", out var content))
            {
                if (content.ValueKind == JsonValueKind.String)
                {
                    writer.Text(content.GetString()!);
                }
                else if (content.ValueKind == JsonValueKind.Array)
                {
                    foreach (var part in content.EnumerateArray())
                    {
                        if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                        {
                            writer.Text(text.GetString()!);
                        }
                    }
                }
            }

            writer.EndMessage(finishReason: null);
        }

        return writer.ToJson();
    }
}
