namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>What the OTLP readers share: nested messages by field number, and a scope's name.</summary>
internal static class OtlpMessages
{
    /// <summary>The contents of every length-delimited field numbered <paramref name="number"/>.</summary>
    public static List<byte[]> Fields(ReadOnlySpan<byte> message, int number)
    {
        var reader = new ProtobufReader(message);
        var found = new List<byte[]>();
        while (reader.TryReadField(out var field, out var wireType))
        {
            if (field == number && wireType == 2)
            {
                found.Add(reader.ReadBytes().ToArray());
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return found;
    }

    /// <summary>The instrumentation scope's name of a <c>ScopeSpans</c> or <c>ScopeMetrics</c> (field 1, whose field 1 is the name).</summary>
    public static string ScopeName(ReadOnlySpan<byte> scoped)
    {
        foreach (var scope in Fields(scoped, 1))
        {
            var reader = new ProtobufReader(scope);
            while (reader.TryReadField(out var field, out var wireType))
            {
                if (field == 1)
                {
                    return reader.ReadString();
                }

                reader.Skip(wireType);
            }
        }

        return "";
    }
}
