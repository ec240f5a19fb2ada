using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads a message's <c>content</c>: a string, null, or an array of parts (<c>text</c>, <c>image_url</c>, audio, files).</summary>
internal static class ChatContentReader
{
    public static ChatRequestError? Read(ref Utf8JsonReader reader, ChatRequest request, int messageIndex)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Null)
        {
            request.TextBytes += JsonValues.StringBytes(ref reader);
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return ChatRequestErrors.InvalidType($"messages[{messageIndex}].content", "a string or an array", ref reader);
        }

        var partIndex = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return ChatRequestErrors.InvalidType($"messages[{messageIndex}].content[{partIndex}]", "an object", ref reader);
            }

            ReadPart(ref reader, request);
            partIndex++;
        }

        return null;
    }

    // Only text counts towards the prompt estimate: image, audio and file payloads are skipped unread.
    private static void ReadPart(ref Utf8JsonReader reader, ChatRequest request)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            var isText = reader.ValueTextEquals("text"u8);
            request.HasImageInput |= reader.ValueTextEquals("image_url"u8);
            reader.Read();
            if (isType && reader.TokenType == JsonTokenType.String)
            {
                request.HasImageInput |= reader.ValueTextEquals("image_url"u8);
            }
            else if (isText)
            {
                request.TextBytes += JsonValues.StringBytes(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }
    }
}
