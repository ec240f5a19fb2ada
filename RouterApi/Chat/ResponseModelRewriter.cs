using System.Buffers;
using System.Text.Json;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// Rewrites the top-level <c>model</c> of a response or stream chunk to the router's public id, copying everything else raw;
/// needed only where a provider's own model id differs from the one clients see.
/// </summary>
internal static class ResponseModelRewriter
{
    /// <returns>False when <paramref name="json"/> is not a JSON object (then nothing was written).</returns>
    public static bool TryRewrite(ReadOnlySpan<byte> json, string publicModelId, IBufferWriter<byte> output)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            using var writer = new Utf8JsonWriter(output);
            writer.WriteStartObject();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isModel = reader.ValueTextEquals("model"u8);
                var name = reader.ValueSpan;
                var escaped = reader.ValueIsEscaped;
                var propertyName = escaped ? reader.GetString() : null;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (isModel)
                {
                    writer.WriteString("model"u8, publicModelId);
                    continue;
                }

                if (escaped)
                {
                    writer.WritePropertyName(propertyName!);
                }
                else
                {
                    writer.WritePropertyName(name);
                }

                writer.WriteRawValue(json[start..(int)reader.BytesConsumed], skipInputValidation: true);
            }

            writer.WriteEndObject();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
