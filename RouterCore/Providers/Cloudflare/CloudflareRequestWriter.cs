using System.Text.Json;
using AspireRouter.RouterCore.Providers.Translation;
using static AspireRouter.RouterCore.Providers.Translation.OptionalJsonFields;

namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary>
/// Writes a Workers AI text generation input: <c>messages</c> with text content, traditional <c>tools</c>
/// (<c>{"name","description","parameters"}</c>), <c>response_format</c> for JSON mode, and the sampling fields it knows.
/// </summary>
internal static class CloudflareRequestWriter
{
    /// <exception cref="UnsupportedParameterException">A message carries an image, which these models do not read from chat messages.</exception>
    public static void Write(Utf8JsonWriter json, OpenAiChatBody body, ProviderOptions provider)
    {
        json.WriteStartObject();
        json.WriteStartArray("messages"u8);
        foreach (var message in body.Messages)
        {
            WriteMessage(json, message, provider);
        }

        json.WriteEndArray();
        if (body.IsStream)
        {
            json.WriteBoolean("stream"u8, true);
        }

        WriteSampling(json, body);
        if (body.HasTools && ToolChoice.From(body.ToolChoice).Mode != ToolChoiceMode.None)
        {
            WriteTools(json, body);
        }

        if (body.WantsJson)
        {
            json.WriteStartObject("response_format"u8);
            if (body.ResponseSchema is { } schema)
            {
                json.WriteString("type"u8, "json_schema"u8);
                json.WritePropertyName("json_schema"u8);
                schema.WriteTo(json);
            }
            else
            {
                json.WriteString("type"u8, "json_object"u8);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, OpenAiMessage message, ProviderOptions provider)
    {
        if (message.Content?.Any(part => part.IsImage) == true)
        {
            throw UnsupportedParameterException.For("image_url", provider);
        }

        json.WriteStartObject();
        json.WriteString("role"u8, message.IsSystem ? "system" : message.Role);
        json.WriteString("content"u8, message.Text);
        if (message.ToolCallId is { } callId)
        {
            json.WriteString("tool_call_id"u8, callId);
        }

        if (message.ToolCalls is { Count: > 0 } calls)
        {
            json.WriteStartArray("tool_calls"u8);
            foreach (var call in calls)
            {
                json.WriteStartObject();
                FunctionCallWriter.WriteMembers(json, call.Function, "arguments"u8);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteSampling(Utf8JsonWriter json, OpenAiChatBody body)
    {
        WriteIfSet(json, "max_tokens"u8, body.OutputTokenLimit);
        WriteIfSet(json, "temperature"u8, body.Temperature);
        WriteIfSet(json, "top_p"u8, body.TopP);
        WriteIfSet(json, "top_k"u8, body.TopK);
        WriteIfSet(json, "seed"u8, body.Seed);
        WriteIfSet(json, "frequency_penalty"u8, body.FrequencyPenalty);
        WriteIfSet(json, "presence_penalty"u8, body.PresencePenalty);
        WriteIfSet(json, "repetition_penalty"u8, body.RepetitionPenalty);
    }

    private static void WriteTools(Utf8JsonWriter json, OpenAiChatBody body)
    {
        json.WriteStartArray("tools"u8);
        foreach (var tool in body.Tools!)
        {
            json.WriteStartObject();
            json.WriteString("name"u8, tool.Function.Name);
            json.WriteString("description"u8, tool.Function.Description ?? "");
            if (tool.Function.Parameters is { ValueKind: JsonValueKind.Object } parameters)
            {
                json.WritePropertyName("parameters"u8);
                parameters.WriteTo(json);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
