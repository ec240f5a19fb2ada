using System.Text.Json;
using AspireRouter.RouterCore.Providers.Translation;
using static AspireRouter.RouterCore.Providers.Translation.OptionalJsonFields;

namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>
/// Writes a v2 chat body: messages much like OpenAI's (system, user with text and image parts, assistant with
/// <c>tool_calls</c>, tool with <c>tool_call_id</c>), <c>p</c> and <c>k</c> for top-p and top-k, <c>stop_sequences</c>,
/// an upper-case <c>tool_choice</c>, and <c>response_format</c> with its <c>json_schema</c> inline.
/// </summary>
internal static class CohereRequestWriter
{
    public static void Write(Utf8JsonWriter json, OpenAiChatBody body, string model)
    {
        json.WriteStartObject();
        json.WriteString("model"u8, model);
        json.WriteStartArray("messages"u8);
        foreach (var message in body.Messages)
        {
            WriteMessage(json, message);
        }

        json.WriteEndArray();
        if (body.IsStream)
        {
            json.WriteBoolean("stream"u8, true);
        }

        WriteSampling(json, body);
        if (body.HasTools)
        {
            WriteTools(json, body);
        }

        if (body.WantsJson)
        {
            json.WriteStartObject("response_format"u8);
            json.WriteString("type"u8, "json_object"u8);
            if (body.ResponseSchema is { } schema)
            {
                json.WritePropertyName("json_schema"u8);
                schema.WriteTo(json);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, OpenAiMessage message)
    {
        json.WriteStartObject();
        switch (message.Role)
        {
            case "system" or "developer":
                json.WriteString("role"u8, "system"u8);
                json.WriteString("content"u8, message.Text);
                break;
            case "assistant":
                json.WriteString("role"u8, "assistant"u8);
                WriteAssistant(json, message);
                break;
            case "tool" or "function":
                json.WriteString("role"u8, "tool"u8);
                json.WriteString("tool_call_id"u8, message.ToolCallId ?? "");
                json.WriteString("content"u8, message.Text);
                break;
            default:
                json.WriteString("role"u8, "user"u8);
                WriteUserContent(json, message);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteAssistant(Utf8JsonWriter json, OpenAiMessage message)
    {
        var text = message.Text;
        if (text.Length > 0)
        {
            json.WriteString("content"u8, text);
        }

        if (message.ToolCalls is not { Count: > 0 } calls)
        {
            return;
        }

        json.WriteStartArray("tool_calls"u8);
        foreach (var call in calls)
        {
            json.WriteStartObject();
            json.WriteString("id"u8, call.Id ?? ResponseIds.ToolCall(null));
            json.WriteString("type"u8, "function"u8);
            json.WriteStartObject("function"u8);
            json.WriteString("name"u8, call.Function.Name);
            json.WriteString("arguments"u8, call.Function.Arguments ?? "{}");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteUserContent(Utf8JsonWriter json, OpenAiMessage message)
    {
        if (message.Content?.Any(part => part.IsImage) != true)
        {
            json.WriteString("content"u8, message.Text);
            return;
        }

        json.WriteStartArray("content"u8);
        foreach (var part in message.Content)
        {
            json.WriteStartObject();
            if (part.IsImage)
            {
                json.WriteString("type"u8, "image_url"u8);
                json.WriteStartObject("image_url"u8);
                json.WriteString("url"u8, part.ImageUrl!.Url);
                json.WriteEndObject();
            }
            else
            {
                json.WriteString("type"u8, "text"u8);
                json.WriteString("text"u8, part.Text ?? "");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSampling(Utf8JsonWriter json, OpenAiChatBody body)
    {
        WriteIfSet(json, "temperature"u8, body.Temperature);
        WriteIfSet(json, "p"u8, body.TopP);
        WriteIfSet(json, "k"u8, body.TopK);
        WriteIfSet(json, "max_tokens"u8, body.OutputTokenLimit);
        WriteIfSet(json, "seed"u8, body.Seed);
        WriteIfSet(json, "frequency_penalty"u8, body.FrequencyPenalty);
        WriteIfSet(json, "presence_penalty"u8, body.PresencePenalty);
        WriteIfAny(json, "stop_sequences"u8, body.StopSequences);
    }

    // Cohere names no single function: a named tool_choice sends only that tool, and requires a call.
    private static void WriteTools(Utf8JsonWriter json, OpenAiChatBody body)
    {
        var choice = ToolChoice.From(body.ToolChoice);
        FunctionToolWriter.WriteOpenAiTools(json, body.Tools!, onlyName: choice.FunctionName);
        if (choice.Mode != ToolChoiceMode.Auto)
        {
            json.WriteString("tool_choice"u8, choice.Mode == ToolChoiceMode.None ? "NONE"u8 : "REQUIRED"u8);
        }
    }
}
