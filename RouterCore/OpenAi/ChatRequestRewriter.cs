using System.Buffers;
using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Writes a chat request body for one upstream attempt: <c>model</c> replaced, router-only fields dropped, the rest copied raw.</summary>
public static class ChatRequestRewriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false };

    // One writer per thread, pointed at each request's buffer and then at nothing: a rewrite allocates no writer.
    private static readonly ArrayBufferWriter<byte> Detached = new(1);
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <param name="body">A body <see cref="ChatRequestReader"/> accepted.</param>
    /// <param name="keepProviderPreferences">Keep OpenRouter's <c>provider</c> object and <c>transforms</c> (only OpenRouter understands them).</param>
    /// <param name="fields">A provider's own differences: fields to leave out and fields to send under another name.</param>
    public static void Rewrite(
        ReadOnlySequence<byte> body, string upstreamModelId, IBufferWriter<byte> output, bool keepProviderPreferences, FieldRules? fields = null)
    {
        var writer = t_writer ??= new Utf8JsonWriter(Detached, WriterOptions);
        writer.Reset(output);
        try
        {
            Write(body, upstreamModelId, writer, keepProviderPreferences, fields);
            writer.Flush();
        }
        finally
        {
            writer.Reset(Detached);
        }
    }

    public static void Rewrite(ReadOnlyMemory<byte> body, string upstreamModelId, IBufferWriter<byte> output, bool keepProviderPreferences) =>
        Rewrite(new ReadOnlySequence<byte>(body), upstreamModelId, output, keepProviderPreferences);

    private static void Write(ReadOnlySequence<byte> body, string upstreamModelId, Utf8JsonWriter writer, bool keepProviderPreferences, FieldRules? fields)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        writer.WriteStartObject();
        writer.WriteString("model"u8, upstreamModelId);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var keep = !IsRouterField(ref reader, keepProviderPreferences);
            var name = fields is null || !keep ? null : reader.GetString()!;
            keep &= name is null || !fields!.Drop.Contains(name);
            if (keep)
            {
                WritePropertyName(ref reader, writer, name is not null && fields!.Rename.TryGetValue(name, out var renamed) ? renamed : null);
            }

            reader.Read();
            var start = reader.TokenStartIndex;
            reader.Skip();
            if (keep)
            {
                writer.WriteRawValue(body.Slice(start, reader.BytesConsumed - start), skipInputValidation: true);
            }
        }

        writer.WriteEndObject();
    }

    // "model" is written first; "models" and "route" are OpenRouter's model fallback, which the router does itself; "router"
    // holds the router's own hints; "transforms" is OpenRouter's alone.
    private static bool IsRouterField(ref Utf8JsonReader reader, bool keepProviderPreferences) =>
        reader.ValueTextEquals("model"u8)
        || reader.ValueTextEquals("models"u8)
        || reader.ValueTextEquals("route"u8)
        || reader.ValueTextEquals("router"u8)
        || (!keepProviderPreferences && (reader.ValueTextEquals("provider"u8) || reader.ValueTextEquals("transforms"u8)));

    private static void WritePropertyName(ref Utf8JsonReader reader, Utf8JsonWriter writer, string? renamed)
    {
        if (renamed is not null)
        {
            writer.WritePropertyName(renamed);
        }
        else if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            writer.WritePropertyName(reader.GetString()!);
        }
        else
        {
            writer.WritePropertyName(reader.ValueSpan);
        }
    }
}
