using System.Text;

namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>
/// Reads the spans out of an OTLP/HTTP protobuf trace payload (ExportTraceServiceRequest), by the field numbers of
/// opentelemetry/proto/trace/v1/trace.proto; only what the tests look at, everything else is skipped.
/// </summary>
internal static class OtlpSpanReader
{
    public static List<ExportedSpan> Read(byte[] payload)
    {
        var spans = new List<ExportedSpan>();
        foreach (var resourceSpans in Fields(payload).Where(field => field.Number == 1))
        {
            var fields = Fields(resourceSpans.Bytes).ToList();
            var resource = fields.Where(field => field.Number == 1).Select(field => field.Bytes).FirstOrDefault();
            var serviceName = Attributes(resource).GetValueOrDefault("service.name", "");
            foreach (var scopeSpans in fields.Where(field => field.Number == 2))
            {
                spans.AddRange(Fields(scopeSpans.Bytes).Where(field => field.Number == 2).Select(span => Span(serviceName, span.Bytes)));
            }
        }

        return spans;
    }

    private static ExportedSpan Span(string serviceName, ReadOnlyMemory<byte> span)
    {
        var fields = Fields(span).ToList();
        ReadOnlyMemory<byte> Bytes(int number) => fields.Where(field => field.Number == number).Select(field => field.Bytes).FirstOrDefault();
        return new ExportedSpan(
            serviceName,
            Convert.ToHexStringLower(Bytes(1).Span),
            Convert.ToHexStringLower(Bytes(2).Span),
            Convert.ToHexStringLower(Bytes(4).Span),
            Encoding.UTF8.GetString(Bytes(5).Span),
            (int)fields.Where(field => field.Number == 6).Select(field => field.Varint).FirstOrDefault(),
            Attributes(span, attributeField: 9));
    }

    /// <summary>The string-valued attributes (KeyValue: 1 key, 2 AnyValue whose field 1 is string_value) of a message.</summary>
    private static Dictionary<string, string> Attributes(ReadOnlyMemory<byte> message, int attributeField = 1)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var keyValue in Fields(message).Where(field => field.Number == attributeField))
        {
            var parts = Fields(keyValue.Bytes).ToList();
            var key = parts.Where(part => part.Number == 1).Select(part => Encoding.UTF8.GetString(part.Bytes.Span)).FirstOrDefault();
            var value = parts.Where(part => part.Number == 2).SelectMany(part => Fields(part.Bytes)).Where(part => part.Number == 1 && part.WireType == 2)
                .Select(part => Encoding.UTF8.GetString(part.Bytes.Span)).FirstOrDefault();
            if (key is not null && value is not null)
            {
                attributes[key] = value;
            }
        }

        return attributes;
    }

    private static IEnumerable<Field> Fields(ReadOnlyMemory<byte> message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var tag = ReadVarint(message.Span, ref position);
            var number = (int)(tag >> 3);
            var wireType = (int)(tag & 7);
            switch (wireType)
            {
                case 0:
                    yield return new Field(number, wireType, ReadVarint(message.Span, ref position), default);
                    break;
                case 1:
                    yield return new Field(number, wireType, 0, message.Slice(position, 8));
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message.Span, ref position);
                    yield return new Field(number, wireType, 0, message.Slice(position, length));
                    position += length;
                    break;
                case 5:
                    yield return new Field(number, wireType, 0, message.Slice(position, 4));
                    position += 4;
                    break;
                default:
                    throw new InvalidDataException($"Protobuf wire type {wireType} (field {number}) is not one OTLP uses.");
            }
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var next = bytes[position++];
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }
    }

    private readonly record struct Field(int Number, int WireType, ulong Varint, ReadOnlyMemory<byte> Bytes);
}
