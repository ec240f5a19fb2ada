using System.Text.Json;

namespace AspireRouter.RouterApi.Responses;

/// <summary>Writes a response's output as the chat messages a continuation replays: one assistant message with its text and tool calls.</summary>
internal static class AssistantMessageWriter
{
    public static void WriteArray(Utf8JsonWriter writer, ResponseOutput output)
    {
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteString("role"u8, "assistant"u8);
        var text = new System.Text.StringBuilder();
        var calls = 0;
        foreach (var item in output.Items)
        {
            if (item.Kind == ResponseOutputItemKind.Message)
            {
                text.Append(item.Content);
            }
            else
            {
                calls++;
            }
        }

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
            writer.WriteStartArray("tool_calls"u8);
            foreach (var item in output.Items)
            {
                if (item.Kind == ResponseOutputItemKind.FunctionCall)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id"u8, item.CallId);
                    writer.WriteString("type"u8, "function"u8);
                    writer.WriteStartObject("function"u8);
                    writer.WriteString("name"u8, item.Name);
                    writer.WriteString("arguments"u8, item.Content.ToString());
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
