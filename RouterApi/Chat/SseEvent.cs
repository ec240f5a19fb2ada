using System.Text.Json;

namespace AspireRouter.RouterApi.Chat;

/// <summary>Classifies the events of an SSE byte stream with minimal parsing.</summary>
internal static class SseEvent
{
    private static ReadOnlySpan<byte> DataPrefix => "data:"u8;

    private static ReadOnlySpan<byte> DoneMarker => "[DONE]"u8;

    private static ReadOnlySpan<byte> ErrorProperty => "\"error\""u8;

    /// <summary>Classifies one complete event; <paramref name="data"/> is its first <c>data:</c> payload.</summary>
    public static SseEventKind Classify(ReadOnlySpan<byte> sseEvent, out ReadOnlySpan<byte> data)
    {
        data = default;
        var start = sseEvent.IndexOf(DataPrefix);
        if (start < 0 || (start > 0 && sseEvent[start - 1] != (byte)'\n'))
        {
            return SseEventKind.Comment;
        }

        var payload = sseEvent[(start + DataPrefix.Length)..];
        var lineEnd = payload.IndexOf((byte)'\n');
        data = (lineEnd < 0 ? payload : payload[..lineEnd]).Trim(" \r"u8);
        if (data.SequenceEqual(DoneMarker))
        {
            return SseEventKind.Done;
        }

        return data.IndexOf(ErrorProperty) >= 0 && HasTopLevelError(data) ? SseEventKind.Error : SseEventKind.Data;
    }

    private static bool HasTopLevelError(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isError = reader.ValueTextEquals("error"u8);
                reader.Read();
                if (isError && reader.TokenType != JsonTokenType.Null)
                {
                    return true;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }
}
