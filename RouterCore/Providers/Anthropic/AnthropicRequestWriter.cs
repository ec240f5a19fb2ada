using System.Text;
using System.Text.Json;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>
/// Writes a Messages API body: <c>system</c> apart, <c>user</c>/<c>assistant</c> turns of content blocks (tool calls as
/// <c>tool_use</c>, tool results as <c>tool_result</c> in a user turn), <c>max_tokens</c> always (the API requires it).
/// </summary>
internal static class AnthropicRequestWriter
{
    /// <summary>Sent when the client sets no limit: the API has no default.</summary>
    public const int DefaultMaxTokens = 4096;

    public static void Write(Utf8JsonWriter json, OpenAiChatBody body, string model)
    {
        json.WriteStartObject();
        json.WriteString("model"u8, model);
        json.WriteNumber("max_tokens"u8, body.OutputTokenLimit ?? DefaultMaxTokens);
        if (SystemText(body.Messages) is { } system)
        {
            json.WriteString("system"u8, system);
        }

        WriteMessages(json, body.Messages);
        if (body.IsStream)
        {
            json.WriteBoolean("stream"u8, true);
        }

        WriteSampling(json, body);
        if (body.HasTools)
        {
            WriteTools(json, body);
        }

        if (body.User is { Length: > 0 } user)
        {
            json.WriteStartObject("metadata"u8);
            json.WriteString("user_id"u8, user);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static string? SystemText(IReadOnlyList<OpenAiMessage> messages)
    {
        StringBuilder? text = null;
        foreach (var message in messages)
        {
            if (message.IsSystem)
            {
                (text ??= new StringBuilder()).Append(text.Length == 0 ? "" : "\n\n").Append(message.Text);
            }
        }

        return text?.ToString();
    }

    // Tool results are user turns; consecutive messages of one role become one turn.
    private static void WriteMessages(Utf8JsonWriter json, IReadOnlyList<OpenAiMessage> messages)
    {
        string? open = null;
        json.WriteStartArray("messages"u8);
        foreach (var message in messages)
        {
            if (message.IsSystem)
            {
                continue;
            }

            var role = message.Role == "assistant" ? "assistant" : "user";
            if (role != open)
            {
                if (open is not null)
                {
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteStartObject();
                json.WriteString("role"u8, role);
                json.WriteStartArray("content"u8);
                open = role;
            }

            WriteBlocks(json, message);
        }

        if (open is not null)
        {
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteBlocks(Utf8JsonWriter json, OpenAiMessage message)
    {
        if (message.Role is "tool" or "function")
        {
            json.WriteStartObject();
            json.WriteString("type"u8, "tool_result"u8);
            json.WriteString("tool_use_id"u8, message.ToolCallId ?? "");
            json.WriteString("content"u8, message.Text);
            json.WriteEndObject();
            return;
        }

        foreach (var part in message.Content ?? [])
        {
            if (part.IsImage)
            {
                WriteImage(json, part.ImageUrl!.Url);
            }
            else if (!string.IsNullOrEmpty(part.Text))
            {
                json.WriteStartObject();
                json.WriteString("type"u8, "text"u8);
                json.WriteString("text"u8, part.Text);
                json.WriteEndObject();
            }
        }

        foreach (var call in message.ToolCalls ?? [])
        {
            json.WriteStartObject();
            json.WriteString("type"u8, "tool_use"u8);
            json.WriteString("id"u8, call.Id ?? ResponseIds.ToolCall(null));
            json.WriteString("name"u8, call.Function.Name);
            json.WritePropertyName("input"u8);
            JsonArguments.WriteObject(json, call.Function.Arguments);
            json.WriteEndObject();
        }
    }

    private static void WriteImage(Utf8JsonWriter json, string url)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "image"u8);
        json.WriteStartObject("source"u8);
        if (DataUrl.TryParse(url, out var mediaType, out var data))
        {
            json.WriteString("type"u8, "base64"u8);
            json.WriteString("media_type"u8, mediaType);
            json.WriteString("data"u8, data);
        }
        else
        {
            json.WriteString("type"u8, "url"u8);
            json.WriteString("url"u8, url);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSampling(Utf8JsonWriter json, OpenAiChatBody body)
    {
        if (body.Temperature is { } temperature)
        {
            // OpenAI's range is 0 to 2, Anthropic's 0 to 1.
            json.WriteNumber("temperature"u8, Math.Clamp(temperature, 0, 1));
        }

        if (body.TopP is { } topP)
        {
            json.WriteNumber("top_p"u8, topP);
        }

        if (body.TopK is { } topK)
        {
            json.WriteNumber("top_k"u8, topK);
        }

        var stops = body.StopSequences;
        if (stops.Count > 0)
        {
            json.WriteStartArray("stop_sequences"u8);
            foreach (var stop in stops)
            {
                json.WriteStringValue(stop);
            }

            json.WriteEndArray();
        }
    }

    private static void WriteTools(Utf8JsonWriter json, OpenAiChatBody body)
    {
        json.WriteStartArray("tools"u8);
        foreach (var tool in body.Tools!)
        {
            json.WriteStartObject();
            json.WriteString("name"u8, tool.Function.Name);
            if (tool.Function.Description is { } description)
            {
                json.WriteString("description"u8, description);
            }

            json.WritePropertyName("input_schema"u8);
            if (tool.Function.Parameters is { ValueKind: JsonValueKind.Object } schema)
            {
                schema.WriteTo(json);
            }
            else
            {
                json.WriteStartObject();
                json.WriteString("type"u8, "object"u8);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        var choice = ToolChoice.From(body.ToolChoice);
        json.WriteStartObject("tool_choice"u8);
        json.WriteString("type"u8, choice.Mode switch
        {
            ToolChoiceMode.None => "none",
            ToolChoiceMode.Required => "any",
            ToolChoiceMode.Function => "tool",
            _ => "auto",
        });
        if (choice.FunctionName is { } name)
        {
            json.WriteString("name"u8, name);
        }

        if (body.ParallelToolCalls == false && choice.Mode != ToolChoiceMode.None)
        {
            json.WriteBoolean("disable_parallel_tool_use"u8, true);
        }

        json.WriteEndObject();
    }
}
