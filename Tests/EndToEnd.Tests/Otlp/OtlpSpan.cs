namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>
/// A span as exported over OTLP: ids in hex, its instrumentation scope, kind (1 internal, 2 server, 3 client), attributes, status code
/// (2 error) and the exporting service's <c>service.name</c>.
/// </summary>
internal sealed record OtlpSpan(
    string Scope,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    int Kind,
    Dictionary<string, object?> Attributes,
    int StatusCode,
    string ServiceName)
{
    public const int ServerKind = 2;
    public const int ClientKind = 3;
    public const int InternalKind = 1;
    public const int ErrorStatus = 2;
}
