namespace AspireRouter.EndToEnd.Tests;

/// <summary>
/// Reads the spans of an OTLP/HTTP protobuf trace export (ExportTraceServiceRequest → ResourceSpans → ScopeSpans → Span):
/// each span's name, kind, ids and the <c>service.name</c> of the resource that sent it. Other fields are skipped.
/// </summary>
internal static class OtlpSpanReader
{
    public static IEnumerable<ReceivedSpan> Read(byte[] payload)
    {
        var spans = new List<ReceivedSpan>();
        var request = new ProtobufReader(payload);
        while (request.Next(out var field, out var wireType))
        {
            if (field == 1)
            {
                ReadResourceSpans(request.ReadMessage(), spans);
            }
            else
            {
                request.Skip(wireType);
            }
        }

        return spans;
    }

    private static void ReadResourceSpans(ProtobufReader resourceSpans, List<ReceivedSpan> into)
    {
        var service = string.Empty;
        var scopes = new List<ProtobufReader>();
        while (resourceSpans.Next(out var field, out var wireType))
        {
            switch (field)
            {
                case 1:
                    service = ServiceName(resourceSpans.ReadMessage());
                    break;
                case 2:
                    scopes.Add(resourceSpans.ReadMessage());
                    break;
                default:
                    resourceSpans.Skip(wireType);
                    break;
            }
        }

        foreach (var scope in scopes)
        {
            ReadScopeSpans(scope, service, into);
        }
    }

    private static string ServiceName(ProtobufReader resource)
    {
        var name = string.Empty;
        while (resource.Next(out var field, out var wireType))
        {
            if (field == 1 && Attribute(resource.ReadMessage()) is ("service.name", var value))
            {
                name = value;
            }
            else if (field != 1)
            {
                resource.Skip(wireType);
            }
        }

        return name;
    }

    // KeyValue { key = 1; AnyValue value = 2 }, AnyValue { string_value = 1; ... }: string values only.
    private static (string Key, string Value) Attribute(ProtobufReader keyValue)
    {
        var (key, value) = (string.Empty, string.Empty);
        while (keyValue.Next(out var field, out var wireType))
        {
            if (field == 1)
            {
                key = keyValue.ReadString();
            }
            else if (field == 2)
            {
                var any = keyValue.ReadMessage();
                while (any.Next(out var anyField, out var anyWireType))
                {
                    if (anyField == 1)
                    {
                        value = any.ReadString();
                    }
                    else
                    {
                        any.Skip(anyWireType);
                    }
                }
            }
            else
            {
                keyValue.Skip(wireType);
            }
        }

        return (key, value);
    }

    private static void ReadScopeSpans(ProtobufReader scopeSpans, string service, List<ReceivedSpan> into)
    {
        var scope = string.Empty;
        var spans = new List<ProtobufReader>();
        while (scopeSpans.Next(out var field, out var wireType))
        {
            switch (field)
            {
                case 1:
                    scope = ScopeName(scopeSpans.ReadMessage());
                    break;
                case 2:
                    spans.Add(scopeSpans.ReadMessage());
                    break;
                default:
                    scopeSpans.Skip(wireType);
                    break;
            }
        }

        foreach (var span in spans)
        {
            into.Add(ReadSpan(span, service, scope));
        }
    }

    private static string ScopeName(ProtobufReader scope)
    {
        var name = string.Empty;
        while (scope.Next(out var field, out var wireType))
        {
            if (field == 1)
            {
                name = scope.ReadString();
            }
            else
            {
                scope.Skip(wireType);
            }
        }

        return name;
    }

    // Span { trace_id = 1; span_id = 2; parent_span_id = 4; name = 5; kind = 6; ... }
    private static ReceivedSpan ReadSpan(ProtobufReader span, string service, string scope)
    {
        string traceId = string.Empty, spanId = string.Empty, parentSpanId = string.Empty, name = string.Empty;
        var kind = 0;
        while (span.Next(out var field, out var wireType))
        {
            switch (field)
            {
                case 1:
                    traceId = Convert.ToHexStringLower(span.ReadBytes().Span);
                    break;
                case 2:
                    spanId = Convert.ToHexStringLower(span.ReadBytes().Span);
                    break;
                case 4:
                    parentSpanId = Convert.ToHexStringLower(span.ReadBytes().Span);
                    break;
                case 5:
                    name = span.ReadString();
                    break;
                case 6:
                    kind = (int)span.ReadVarint();
                    break;
                default:
                    span.Skip(wireType);
                    break;
            }
        }

        return new ReceivedSpan(service, scope, name, kind, traceId, spanId, parentSpanId);
    }
}
