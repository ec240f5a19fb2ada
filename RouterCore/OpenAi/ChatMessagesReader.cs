using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads <c>messages</c>: checks each message's fields against its role and counts text bytes and image parts, skipping image and other binary data.</summary>
internal static class ChatMessagesReader
{
    /// <param name="reader">Positioned on the value of <c>messages</c>.</param>
    public static ChatRequestError? Read(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return ChatRequestErrors.InvalidType("messages", "an array", ref reader);
        }

        request.OpeningStart = reader.TokenStartIndex;
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
        if (request.OpeningEnd == 0)
        {
            request.OpeningEnd = reader.BytesConsumed;
            request.OpeningMessages = index;
        }

        return index == 0 ? ChatRequestErrors.EmptyArray("messages") : null;
    }

    private static ChatRequestError? ReadMessage(ref Utf8JsonReader reader, ChatRequest request, int index)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType($"messages[{index}]", "an object", ref reader);
        }

        // The role decides what the other fields may hold, so it is read first wherever it stands.
        var probe = reader;
        if (!JsonValues.TrySeekMember(ref probe, "role"u8))
        {
            return ChatRequestErrors.Missing($"messages[{index}].role");
        }

        if (MessageRoles.Read(ref probe, index, out var role) is { } invalidRole)
        {
            return invalidRole;
        }

        var given = MessageFields.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = MessageFieldRules.Of(ref reader);
            reader.Read();
            var error = field switch
            {
                MessageFields.Role => null,
                MessageFields.Content => ChatContentReader.Read(ref reader, request, index, role),
                MessageFields.Other => CountText(ref reader, request),
                _ => ReadField(ref reader, request, index, field),
            };
            if (error is not null)
            {
                return error;
            }

            given |= reader.TokenType == JsonTokenType.Null ? MessageFields.None : field;
        }

        if (role == MessageRole.User && request.OpeningEnd == 0)
        {
            request.OpeningEnd = reader.BytesConsumed;
            request.OpeningMessages = index + 1;
        }

        return MessageFieldRules.CheckRequired(given, role, index);
    }

    private static ChatRequestError? ReadField(ref Utf8JsonReader reader, ChatRequest request, int index, MessageFields field)
    {
        if (field == MessageFields.ToolCalls && reader.TokenType is not (JsonTokenType.StartArray or JsonTokenType.Null))
        {
            return ChatRequestErrors.InvalidType($"messages[{index}].tool_calls", "an array", ref reader);
        }

        if (field != MessageFields.ToolCalls && reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
        {
            return ChatRequestErrors.InvalidType($"messages[{index}].{MessageFieldRules.Name(field)}", "a string", ref reader);
        }

        return CountText(ref reader, request);
    }

    private static ChatRequestError? CountText(ref Utf8JsonReader reader, ChatRequest request)
    {
        request.TextBytes += JsonValues.StringBytes(ref reader);
        return null;
    }
}
