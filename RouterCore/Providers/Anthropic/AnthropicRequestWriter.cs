using System.Text.Json;
using AspireRouter.RouterCore.Providers.Translation;
using static AspireRouter.RouterCore.Providers.Translation.OptionalJsonFields;

namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>
/// Writes a Messages API body: <c>system</c> apart, <c>user</c>/<c>assistant</c> turns of content blocks (tool calls as
/// <c>tool_use</c>, tool results as <c>tool_result</c> in a user turn), <c>max_tokens</c> always (the API requires it).
/// </summary>
internal static class AnthropicRequestWriter
{
    /// <summary>Sent when the client sets no limit: the API has no default.</summary>
    public const int DefaultMaxTokens = 4096;

    private static readonly RoleTurnFormat Messages = new(JsonEncodedText.Encode("messages"), "assistant", JsonEncodedText.Encode("content"));

    public static void Write(Utf8JsonWriter json, OpenAiChatBody body, string model)
    {
        json.WriteStartObject();
        json.WriteString("model"u8, model);
        json.WriteNumber("max_tokens"u8, body.OutputTokenLimit ?? DefaultMaxTokens);
        if (SystemText.Join(body.Messages) is { } system)
        {
            json.WriteString("system"u8, system);
        }

        // Tool results are user turns; consecutive messages of one role become one turn.
        RoleTurnWriter.Write(json, Messages, body.Messages, WriteBlocks);
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

        ContentPartWriter.Write(json, message, WriteText, WriteImage);
        foreach (var call in message.ToolCalls ?? [])
        {
            json.WriteStartObject();
            json.WriteString("type"u8, "tool_use"u8);
            json.WriteString("id"u8, call.Id ?? ResponseIds.ToolCall(null));
            FunctionCallWriter.WriteMembers(json, call.Function, "input"u8);
            json.WriteEndObject();
        }
    }

    private static void WriteText(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "text"u8);
        json.WriteString("text"u8, text);
        json.WriteEndObject();
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

        WriteIfSet(json, "top_p"u8, body.TopP);
        WriteIfSet(json, "top_k"u8, body.TopK);
        WriteIfAny(json, "stop_sequences"u8, body.StopSequences);
    }

    private static void WriteTools(Utf8JsonWriter json, OpenAiChatBody body)
    {
        FunctionToolWriter.WriteDeclarations(json, "tools"u8, body.Tools!, "input_schema"u8, schemaRequired: true);
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
