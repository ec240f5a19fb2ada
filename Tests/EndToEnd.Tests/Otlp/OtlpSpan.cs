namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>A span as exported over OTLP: ids in hex, its instrumentation scope, kind (2 internal... 3 client), attributes and status code (2 error).</summary>
internal sealed record OtlpSpan(
    string Scope,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    int Kind,
    Dictionary<string, object?> Attributes,
    int StatusCode)
{
    public const int ClientKind = 3;
    public const int InternalKind = 1;
    public const int ErrorStatus = 2;
}
