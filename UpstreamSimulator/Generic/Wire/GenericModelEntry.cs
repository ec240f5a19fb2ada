namespace AspireRouter.UpstreamSimulator.Generic.Wire;

/// <summary>A model of <c>GET /v1/models</c>, with the <c>active</c> and <c>context_window</c> fields Groq adds.</summary>
internal sealed record GenericModelEntry(string Id, string Object, long Created, string OwnedBy, bool Active, int ContextWindow);
