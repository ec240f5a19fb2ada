using System.Text.Json;

namespace AspireRouter.RouterApi.Messages;

/// <summary>The pieces of Anthropic's <c>message</c> object shared by the whole answer and the stream's events.</summary>
internal static class AnthropicMessageWriter
{
    public static string MessageId(string? poolId) => "msg_" + (poolId is { Length: > 0 } ? poolId : Guid.NewGuid().ToString("N"));

    /// <summary>Writes <c>id</c>, <c>type</c>, <c>role</c> and <c>model</c> into the open message object.</summary>
    public static void WriteHead(Utf8JsonWriter writer, string? poolId, string modelId)
    {
        writer.WriteString("id"u8, MessageId(poolId));
        writer.WriteString("type"u8, "message"u8);
        writer.WriteString("role"u8, "assistant"u8);
        writer.WriteString("model"u8, modelId);
    }

    public static void WriteUsage(Utf8JsonWriter writer, PoolUsage? usage)
    {
        writer.WriteStartObject("usage"u8);
        writer.WriteNumber("input_tokens"u8, usage?.UncachedInputTokens ?? 0);
        writer.WriteNumber("cache_creation_input_tokens"u8, 0);
        writer.WriteNumber("cache_read_input_tokens"u8, usage?.CachedTokens ?? 0);
        writer.WriteNumber("output_tokens"u8, usage?.CompletionTokens ?? 0);
        writer.WriteEndObject();
    }

    /// <summary>A tool call's arguments as the <c>input</c> object; arguments that are not a JSON object give <c>{}</c>.</summary>
    public static void WriteInput(Utf8JsonWriter writer, string? arguments)
    {
        writer.WritePropertyName("input"u8);
        if (arguments is { Length: > 0 } && IsObject(arguments))
        {
            writer.WriteRawValue(arguments);
            return;
        }

        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    private static bool IsObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
