using System.Text.Json;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>
/// Translates a Responses request into the chat completions body the pool is asked with. <c>instructions</c> become the first
/// system message and are not part of the stored conversation (a continued response does not inherit them, as at OpenAI).
/// </summary>
internal static class ResponsesChatBody
{
    /// <param name="previous">The stored conversation of <c>previous_response_id</c>, which this request's input follows.</param>
    /// <param name="conversation">Receives the conversation as a chat <c>messages</c> array: the previous one and this input.</param>
    /// <param name="body">Receives the chat completions body.</param>
    /// <param name="dropped">Receives the types of the built-in tools left out.</param>
    public static OpenAiError? Write(
        ResponsesRequest request, JsonElement? previous, PooledByteBufferWriter conversation, PooledByteBufferWriter body, List<string> dropped)
    {
        var messages = 0;
        using (var writer = new Utf8JsonWriter(conversation))
        {
            writer.WriteStartArray();
            if (previous is { } earlier)
            {
                foreach (var message in earlier.EnumerateArray())
                {
                    message.WriteTo(writer);
                    messages++;
                }
            }

            if (request.Input is { } input && ResponsesInputWriter.Write(writer, input, ref messages) is { } inputError)
            {
                return inputError;
            }

            writer.WriteEndArray();
        }

        if (messages == 0)
        {
            return ResponsesErrors.OutOfRange("input", "empty array. Expected an array with at least one message or function call output");
        }

        using var chat = new Utf8JsonWriter(body);
        chat.WriteStartObject();
        if (request.Model is { } model)
        {
            chat.WriteString("model"u8, model);
        }

        chat.WritePropertyName("messages"u8);
        WriteMessages(chat, request.Instructions, conversation.WrittenSpan);
        if (request.Stream)
        {
            chat.WriteBoolean("stream"u8, true);
            chat.WriteStartObject("stream_options"u8);
            chat.WriteBoolean("include_usage"u8, true);
            chat.WriteEndObject();
        }

        WriteSampling(chat, request);
        if (ResponsesToolsWriter.Write(chat, request, dropped) is { } toolsError)
        {
            return toolsError;
        }

        if (request.Text is { } text && ResponsesTextFormatWriter.Write(chat, text) is { } formatError)
        {
            return formatError;
        }

        if (request.Router is { } router)
        {
            chat.WritePropertyName("router"u8);
            router.WriteTo(chat);
        }

        chat.WriteEndObject();
        return null;
    }

    private static void WriteSampling(Utf8JsonWriter chat, ResponsesRequest request)
    {
        if (request.MaxOutputTokens is { } max)
        {
            chat.WriteNumber("max_tokens"u8, max);
        }

        if (request.Temperature is { } temperature)
        {
            chat.WriteNumber("temperature"u8, temperature);
        }

        if (request.TopP is { } topP)
        {
            chat.WriteNumber("top_p"u8, topP);
        }
    }

    private static void WriteMessages(Utf8JsonWriter chat, string? instructions, ReadOnlySpan<byte> conversation)
    {
        if (instructions is null)
        {
            chat.WriteRawValue(conversation, skipInputValidation: true);
            return;
        }

        using var system = new PooledByteBufferWriter(instructions.Length + 64);
        using (var writer = new Utf8JsonWriter(system))
        {
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteString("role"u8, "system"u8);
            writer.WriteString("content"u8, instructions);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        using var messages = new PooledByteBufferWriter(system.WrittenCount + conversation.Length);
        JsonArraySplice.Join(messages, system.WrittenSpan, conversation);
        chat.WriteRawValue(messages.WrittenSpan, skipInputValidation: true);
    }
}
