using System.Buffers;
using System.Text.Json;

namespace AspireRouter.RouterApi.Responses;

/// <summary>What the store keeps of one response: <c>{"response":{...},"conversation":[...]}</c>, in one value so one command writes it.</summary>
internal static class ResponseRecord
{
    public const string ResponseProperty = "response";
    public const string ConversationProperty = "conversation";

    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> response, ReadOnlySpan<byte> conversation)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WritePropertyName(ResponseProperty);
        writer.WriteRawValue(response, skipInputValidation: true);
        writer.WritePropertyName(ConversationProperty);
        writer.WriteRawValue(conversation, skipInputValidation: true);
        writer.WriteEndObject();
    }

    /// <returns>The record, or null when the stored value is not one (written by another version).</returns>
    public static StoredResponse? Read(ReadOnlyMemory<byte> value)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(value);
        }
        catch (JsonException)
        {
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty(ResponseProperty, out var response) && response.ValueKind == JsonValueKind.Object
            && root.TryGetProperty(ConversationProperty, out var conversation) && conversation.ValueKind == JsonValueKind.Array)
        {
            return new StoredResponse(document);
        }

        document.Dispose();
        return null;
    }
}
