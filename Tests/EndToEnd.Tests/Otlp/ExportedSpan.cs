namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>One span as a service exported it, with its resource's <c>service.name</c> and its string attributes.</summary>
/// <param name="TraceId">32 lowercase hex digits.</param>
/// <param name="ParentSpanId">16 lowercase hex digits; empty for a root span.</param>
/// <param name="Kind">OTLP's SpanKind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer.</param>
internal sealed record ExportedSpan(
    string ServiceName,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    int Kind,
    IReadOnlyDictionary<string, string> Attributes)
{
    public const int ServerKind = 2;
    public const int ClientKind = 3;
}
