using System.Text.Json;
using AspireRouter.RouterCore.Providers.Translation;
using static AspireRouter.RouterCore.Providers.Translation.OptionalJsonFields;

namespace AspireRouter.RouterCore.Providers.Ollama;

/// <summary>
/// Writes an <c>/api/chat</c> body: messages with base64 <c>images</c> and object <c>arguments</c>, tool results with
/// <c>tool_name</c>, <c>format</c> for JSON (or a schema), sampling in <c>options</c>, and <c>stream</c> always (it defaults to true).
/// </summary>
internal static class OllamaRequestWriter
{
    /// <exception cref="UnsupportedParameterException">An image is given by URL: Ollama reads only inline images.</exception>
    public static void Write(Utf8JsonWriter json, OpenAiChatBody body, string model, ProviderOptions provider)
    {
        var names = new ToolCallNames(body.Messages);
        json.WriteStartObject();
        json.WriteString("model"u8, model);
        json.WriteStartArray("messages"u8);
        foreach (var message in body.Messages)
        {
            WriteMessage(json, message, names, provider);
        }

        json.WriteEndArray();
        json.WriteBoolean("stream"u8, body.IsStream);
        if (body.HasTools && ToolChoice.From(body.ToolChoice).Mode != ToolChoiceMode.None)
        {
            FunctionToolWriter.WriteOpenAiTools(json, body.Tools!, onlyName: null);
        }

        if (body.ResponseSchema is { } schema)
        {
            json.WritePropertyName("format"u8);
            schema.WriteTo(json);
        }
        else if (body.WantsJson)
        {
            json.WriteString("format"u8, "json"u8);
        }

        WriteOptions(json, body);
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, OpenAiMessage message, ToolCallNames names, ProviderOptions provider)
    {
        json.WriteStartObject();
        json.WriteString("role"u8, message.Role switch
        {
            "developer" => "system",
            "function" => "tool",
            _ => message.Role,
        });
        json.WriteString("content"u8, message.Text);
        if (message.Role is "tool" or "function")
        {
            json.WriteString("tool_name"u8, names.For(message));
        }

        if (message.Content?.Any(part => part.IsImage) == true)
        {
            json.WriteStartArray("images"u8);
            foreach (var part in message.Content)
            {
                if (part.IsImage)
                {
                    json.WriteStringValue(DataUrl.TryParse(part.ImageUrl!.Url, out _, out var data)
                        ? data
                        : throw UnsupportedParameterException.For("image_url (by URL; Ollama takes inline images only)", provider));
                }
            }

            json.WriteEndArray();
        }

        if (message.ToolCalls is { Count: > 0 } calls)
        {
            json.WriteStartArray("tool_calls"u8);
            foreach (var call in calls)
            {
                FunctionCallWriter.WriteWrapped(json, "function"u8, call.Function, "arguments"u8);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter json, OpenAiChatBody body)
    {
        json.WriteStartObject("options"u8);
        WriteIfSet(json, "temperature"u8, body.Temperature);
        WriteIfSet(json, "top_p"u8, body.TopP);
        WriteIfSet(json, "top_k"u8, body.TopK);
        WriteIfSet(json, "num_predict"u8, body.OutputTokenLimit);
        WriteIfSet(json, "seed"u8, body.Seed);
        WriteIfSet(json, "frequency_penalty"u8, body.FrequencyPenalty);
        WriteIfSet(json, "presence_penalty"u8, body.PresencePenalty);
        WriteIfSet(json, "repeat_penalty"u8, body.RepetitionPenalty);
        WriteIfAny(json, "stop"u8, body.StopSequences);
        json.WriteEndObject();
    }
}
