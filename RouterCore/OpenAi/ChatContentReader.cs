using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads a message's <c>content</c>: a string, null where the role allows it, or an array of the parts the role allows.</summary>
internal static class ChatContentReader
{
    public static ChatRequestError? Read(ref Utf8JsonReader reader, ChatRequest request, int messageIndex, MessageRole role)
    {
        if (reader.TokenType == JsonTokenType.String || (reader.TokenType == JsonTokenType.Null && MessageRoles.ContentNullable(role)))
        {
            request.TextBytes += JsonValues.StringBytes(ref reader);
            return null;
        }

        var allowed = MessageRoles.AllowedParts(role);
        if (reader.TokenType != JsonTokenType.StartArray || allowed == ContentPartTypes.None)
        {
            return ChatRequestErrors.InvalidType($"messages[{messageIndex}].content", allowed == ContentPartTypes.None ? "a string" : "a string or an array", ref reader);
        }

        var partIndex = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadPart(ref reader, request, role, $"messages[{messageIndex}].content[{partIndex}]") is { } error)
            {
                return error;
            }

            partIndex++;
        }

        return partIndex == 0 && role != MessageRole.Assistant ? ChatRequestErrors.EmptyArray($"messages[{messageIndex}].content") : null;
    }

    private static ChatRequestError? ReadPart(ref Utf8JsonReader reader, ChatRequest request, MessageRole role, string param)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType(param, "an object", ref reader);
        }

        var probe = reader;
        if (!JsonValues.TrySeekMember(ref probe, "type"u8))
        {
            return ChatRequestErrors.Missing($"{param}.type");
        }

        if (ContentParts.ReadType(ref probe, role, $"{param}.type", out var type) is { } invalidType)
        {
            return invalidType;
        }

        request.HasImageInput |= type == ContentPartTypes.ImageUrl;
        var payload = ContentParts.PayloadName(type);
        var hasPayload = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isPayload = reader.ValueTextEquals(payload);
            reader.Read();
            if (!isPayload)
            {
                reader.Skip();
                continue;
            }

            if (ContentParts.ReadPayload(ref reader, request, type, param) is { } error)
            {
                return error;
            }

            hasPayload = true;
        }

        return hasPayload ? null : ChatRequestErrors.Missing($"{param}.{ContentParts.PayloadParam(type)}");
    }
}
