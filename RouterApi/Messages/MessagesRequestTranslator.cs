using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterApi.Sessions;
using AspireRouter.RouterCore.Conversations;

namespace AspireRouter.RouterApi.Messages;

/// <summary>
/// Reads an Anthropic Messages request (https://docs.claude.com/en/api/messages) and writes the OpenAI chat body the pool is
/// asked with: <c>system</c> first, content blocks as messages (<see cref="MessagesContentWriter"/>), custom tools as function
/// tools (<see cref="MessagesTools"/>), <c>stop_sequences</c> as <c>stop</c>, a stream asking for usage. Accepted and
/// left out: <c>thinking</c>, <c>metadata</c> (its <c>user_id</c> names the conversation), <c>context_management</c>, <c>service_tier</c>, <c>container</c>,
/// <c>mcp_servers</c>, <c>output_config.effort</c>; <c>output_config.format</c> becomes <c>response_format</c>.
/// </summary>
internal static class MessagesRequestTranslator
{
    /// <summary>The most stop sequences the pool's OpenAI-style providers take.</summary>
    public const int MaxStopSequences = 4;

    /// <param name="requireMaxTokens">False for <c>count_tokens</c>, which takes a request without <c>max_tokens</c>.</param>
    public static MessagesTranslation Translate(JsonElement root, bool requireMaxTokens, IBufferWriter<byte> chatBody)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return MessagesTranslation.Refused("The request body must be a JSON object.");
        }

        if (Check(root, requireMaxTokens) is { } invalid)
        {
            return MessagesTranslation.Refused(invalid);
        }

        var tools = MessagesTools.Read(root);
        if (tools.Error is not null)
        {
            return MessagesTranslation.Refused(tools.Error);
        }

        using var writer = new Utf8JsonWriter(chatBody);
        writer.WriteStartObject();
        writer.WriteString("model"u8, root.GetProperty("model").GetString());
        writer.WriteStartArray("messages"u8);
        if (SystemText(root) is { Length: > 0 } system)
        {
            writer.WriteStartObject();
            writer.WriteString("role"u8, "system"u8);
            writer.WriteString("content"u8, system);
            writer.WriteEndObject();
        }

        if (MessagesContentWriter.Write(root.GetProperty("messages"), writer) is { } contentError)
        {
            return MessagesTranslation.Refused(contentError);
        }

        writer.WriteEndArray();
        WriteParameters(root, writer);
        tools.WriteTo(writer);
        if (root.TryGetProperty("router", out var router) && router.ValueKind == JsonValueKind.Object)
        {
            writer.WritePropertyName("router"u8);
            router.WriteTo(writer);
        }

        writer.WriteEndObject();
        return new MessagesTranslation(null, tools.Dropped) { Conversation = MetadataUserId(root) };
    }

    private static ClientConversation? MetadataUserId(JsonElement root) =>
        root.TryGetProperty("metadata"u8, out var metadata) && metadata.ValueKind == JsonValueKind.Object
        && metadata.TryGetProperty("user_id"u8, out var userId) && userId.ValueKind == JsonValueKind.String
        && userId.GetString() is { Length: > 0 } id
            ? new ClientConversation(ConversationSource.MetadataUserId, id)
            : null;

    private static string? Check(JsonElement root, bool requireMaxTokens)
    {
        if (!root.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.String || model.GetString() is not { Length: > 0 })
        {
            return "model: Field required (a model id, or 'free' for any free model).";
        }

        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return "messages: Field required (an array of messages).";
        }

        if (messages.GetArrayLength() == 0)
        {
            return "messages: at least one message is required.";
        }

        if (root.TryGetProperty("max_tokens", out var maxTokens) ? !IsInteger(maxTokens, minimum: 1) : requireMaxTokens)
        {
            return "max_tokens: Field required (an integer of at least 1).";
        }

        if (root.TryGetProperty("system", out var system) && system.ValueKind is not (JsonValueKind.String or JsonValueKind.Array or JsonValueKind.Null))
        {
            return "system: Input should be a string or an array of text blocks.";
        }

        return CheckSampling(root) ?? CheckStopSequences(root)
            ?? (root.TryGetProperty("stream", out var stream) && stream.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null)
                ? "stream: Input should be a valid boolean."
                : null);
    }

    private static string? CheckSampling(JsonElement root)
    {
        if (root.TryGetProperty("temperature", out var temperature) && !IsNumberIn(temperature, 0, 1))
        {
            return "temperature: Input should be a number between 0 and 1.";
        }

        if (root.TryGetProperty("top_p", out var topP) && !IsNumberIn(topP, 0, 1))
        {
            return "top_p: Input should be a number between 0 and 1.";
        }

        return root.TryGetProperty("top_k", out var topK) && topK.ValueKind != JsonValueKind.Null && !IsInteger(topK, minimum: 0)
            ? "top_k: Input should be an integer of at least 0."
            : null;
    }

    private static string? CheckStopSequences(JsonElement root)
    {
        if (!root.TryGetProperty("stop_sequences", out var stops) || stops.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (stops.ValueKind != JsonValueKind.Array)
        {
            return "stop_sequences: Input should be an array of strings.";
        }

        var index = 0;
        foreach (var stop in stops.EnumerateArray())
        {
            if (stop.ValueKind != JsonValueKind.String || stop.GetString() is not { Length: > 0 })
            {
                return $"stop_sequences.{index}: Input should be a non-empty string.";
            }

            index++;
        }

        return index > MaxStopSequences
            ? $"stop_sequences: the free pool's models take at most {MaxStopSequences} stop sequences; {index} were given."
            : null;
    }

    private static void WriteParameters(JsonElement root, Utf8JsonWriter writer)
    {
        if (root.TryGetProperty("max_tokens", out var maxTokens))
        {
            writer.WriteNumber("max_tokens"u8, maxTokens.GetInt32());
        }

        if (root.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True)
        {
            writer.WriteBoolean("stream"u8, true);
            writer.WriteStartObject("stream_options"u8);
            writer.WriteBoolean("include_usage"u8, true);
            writer.WriteEndObject();
        }

        if (root.TryGetProperty("stop_sequences", out var stops) && stops.ValueKind == JsonValueKind.Array && stops.GetArrayLength() > 0)
        {
            writer.WritePropertyName("stop"u8);
            stops.WriteTo(writer);
        }

        CopyNumber(root, "temperature", writer);
        CopyNumber(root, "top_p", writer);
        CopyNumber(root, "top_k", writer);
        if (root.TryGetProperty("output_config", out var output) && output.ValueKind == JsonValueKind.Object
            && output.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.Object
            && format.TryGetProperty("type", out var type) && type.ValueEquals("json_schema"u8)
            && format.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.Object)
        {
            writer.WriteStartObject("response_format"u8);
            writer.WriteString("type"u8, "json_schema"u8);
            writer.WriteStartObject("json_schema"u8);
            writer.WriteString("name"u8, "output"u8);
            writer.WritePropertyName("schema"u8);
            schema.WriteTo(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }

    private static void CopyNumber(JsonElement root, string name, Utf8JsonWriter writer)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    // Anthropic's system prompt: a string, or text blocks read as one text.
    private static string? SystemText(JsonElement root)
    {
        if (!root.TryGetProperty("system", out var system))
        {
            return null;
        }

        if (system.ValueKind == JsonValueKind.String)
        {
            return system.GetString();
        }

        return system.ValueKind == JsonValueKind.Array ? MessagesContentWriter.JoinText(system) : null;
    }

    private static bool IsInteger(JsonElement value, int minimum) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= minimum;

    private static bool IsNumberIn(JsonElement value, double minimum, double maximum) =>
        value.ValueKind == JsonValueKind.Null
        || (value.ValueKind == JsonValueKind.Number && value.GetDouble() is var number && number >= minimum && number <= maximum);
}
