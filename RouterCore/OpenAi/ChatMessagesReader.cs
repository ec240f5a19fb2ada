using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads <c>messages</c>: validates roles and counts text bytes and image parts, skipping image and other binary data.</summary>
internal static class ChatMessagesReader
{
    /// <param name="reader">Positioned on the value of <c>messages</c>.</param>
    public static ChatRequestError? Read(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return ChatRequestErrors.InvalidType("messages", "an array", ref reader);
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var error = ReadMessage(ref reader, request, index++);
            if (error is not null)
            {
                return error;
            }
        }

        request.MessageCount = index;
        return index == 0 ? ChatRequestErrors.EmptyArray("messages") : null;
    }

    private static ChatRequestError? ReadMessage(ref Utf8JsonReader reader, ChatRequest request, int index)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType($"messages[{index}]", "an object", ref reader);
        }

        var hasRole = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isRole = reader.ValueTextEquals("role"u8);
            var isContent = reader.ValueTextEquals("content"u8);
            reader.Read();
            var error = isRole ? ReadRole(ref reader, index)
                : isContent ? ChatContentReader.Read(ref reader, request, index)
                : CountText(ref reader, request);
            if (error is not null)
            {
                return error;
            }

            hasRole |= isRole;
        }

        return hasRole ? null : ChatRequestErrors.Missing($"messages[{index}].role");
    }

    private static ChatRequestError? ReadRole(ref Utf8JsonReader reader, int index)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return ChatRequestErrors.InvalidType($"messages[{index}].role", "a string", ref reader);
        }

        return IsKnownRole(ref reader) ? null : ChatRequestErrors.InvalidRole($"messages[{index}].role", reader.GetString());
    }

    private static bool IsKnownRole(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("user"u8)
        || reader.ValueTextEquals("assistant"u8)
        || reader.ValueTextEquals("system"u8)
        || reader.ValueTextEquals("developer"u8)
        || reader.ValueTextEquals("tool"u8)
        || reader.ValueTextEquals("function"u8);

    private static ChatRequestError? CountText(ref Utf8JsonReader reader, ChatRequest request)
    {
        request.TextBytes += JsonValues.StringBytes(ref reader);
        return null;
    }
}
