namespace AspireRouter.UpstreamSimulator.Generic.Wire;

/// <summary>OpenAI's <c>GET /v1/models</c> response.</summary>
internal sealed record GenericModelList(string Object, IReadOnlyList<GenericModelEntry> Data);
