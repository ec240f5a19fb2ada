namespace AspireRouter.EndToEnd.Tests;

/// <summary>One span as a service exported it: who sent it, which source made it, its name and kind, and whether it has a parent.</summary>
internal sealed record ReceivedSpan(string Service, string Scope, string Name, int Kind, string TraceId, string SpanId, string ParentSpanId)
{
    public const int ServerKind = 2;

    public bool IsRoot => ParentSpanId.Length == 0;
}
