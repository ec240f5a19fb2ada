namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>Reads the spans of an <c>ExportTraceServiceRequest</c> (trace_service.proto, trace.proto): the fields the tests look at.</summary>
internal static class OtlpSpanReader
{
    public static List<OtlpSpan> Read(ReadOnlySpan<byte> request)
    {
        var spans = new List<OtlpSpan>();
        foreach (var resourceSpans in OtlpMessages.Fields(request, 1))
        {
            var service = ServiceName(resourceSpans);
            foreach (var scopeSpans in OtlpMessages.Fields(resourceSpans, 2))
            {
                var scope = OtlpMessages.ScopeName(scopeSpans);
                foreach (var span in OtlpMessages.Fields(scopeSpans, 2))
                {
                    spans.Add(ReadSpan(span, scope, service));
                }
            }
        }

        return spans;
    }

    private static OtlpSpan ReadSpan(ReadOnlySpan<byte> message, string scope, string service)
    {
        var reader = new ProtobufReader(message);
        string traceId = "", spanId = "", parentSpanId = "", name = "";
        var kind = 0;
        var status = 0;
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.TryReadField(out var field, out var wireType))
        {
            switch (field)
            {
                case 1:
                    traceId = Convert.ToHexStringLower(reader.ReadBytes());
                    break;
                case 2:
                    spanId = Convert.ToHexStringLower(reader.ReadBytes());
                    break;
                case 4:
                    parentSpanId = Convert.ToHexStringLower(reader.ReadBytes());
                    break;
                case 5:
                    name = reader.ReadString();
                    break;
                case 6:
                    kind = (int)reader.ReadVarint();
                    break;
                case 9:
                    OtlpAttributes.ReadKeyValue(reader.ReadBytes(), attributes);
                    break;
                case 15:
                    status = StatusCode(reader.ReadBytes());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return new OtlpSpan(scope, traceId, spanId, parentSpanId, name, kind, attributes, status, service);
    }

    /// <summary>The <c>service.name</c> of a <c>ResourceSpans</c>' resource (field 1, whose field 1 holds its attributes).</summary>
    private static string ServiceName(ReadOnlySpan<byte> resourceSpans)
    {
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var resource in OtlpMessages.Fields(resourceSpans, 1))
        {
            foreach (var keyValue in OtlpMessages.Fields(resource, 1))
            {
                OtlpAttributes.ReadKeyValue(keyValue, attributes);
            }
        }

        return attributes.GetValueOrDefault("service.name") as string ?? "";
    }

    private static int StatusCode(ReadOnlySpan<byte> status)
    {
        var reader = new ProtobufReader(status);
        var code = 0;
        while (reader.TryReadField(out var field, out var wireType))
        {
            if (field == 3)
            {
                code = (int)reader.ReadVarint();
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return code;
    }
}
