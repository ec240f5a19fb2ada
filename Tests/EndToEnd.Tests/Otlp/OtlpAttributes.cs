namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>Reads OTLP's <c>KeyValue</c> and <c>AnyValue</c> (common.proto) into .NET values: string, bool, long, double, or a list.</summary>
internal static class OtlpAttributes
{
    /// <summary>Reads one <c>KeyValue</c> message into <paramref name="into"/>.</summary>
    public static void ReadKeyValue(ReadOnlySpan<byte> message, Dictionary<string, object?> into)
    {
        var reader = new ProtobufReader(message);
        string? key = null;
        object? value = null;
        while (reader.TryReadField(out var field, out var wireType))
        {
            switch (field)
            {
                case 1:
                    key = reader.ReadString();
                    break;
                case 2:
                    value = ReadAnyValue(reader.ReadBytes());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        if (key is not null)
        {
            into[key] = value;
        }
    }

    private static object? ReadAnyValue(ReadOnlySpan<byte> message)
    {
        var reader = new ProtobufReader(message);
        object? value = null;
        while (reader.TryReadField(out var field, out var wireType))
        {
            value = field switch
            {
                1 => reader.ReadString(),
                2 => reader.ReadVarint() != 0,
                3 => (long)reader.ReadVarint(),
                4 => reader.ReadDouble(),
                5 => ReadArray(reader.ReadBytes()),
                _ => Skipped(ref reader, wireType),
            };
        }

        return value;
    }

    private static List<object?> ReadArray(ReadOnlySpan<byte> message)
    {
        var reader = new ProtobufReader(message);
        var values = new List<object?>();
        while (reader.TryReadField(out var field, out var wireType))
        {
            if (field == 1)
            {
                values.Add(ReadAnyValue(reader.ReadBytes()));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return values;
    }

    private static object? Skipped(ref ProtobufReader reader, int wireType)
    {
        reader.Skip(wireType);
        return null;
    }
}
