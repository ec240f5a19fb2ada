using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AspireRouter.UpstreamSimulator.OpenRouter.Wire;

/// <summary>The <c>error</c> object: <c>code</c> equals the HTTP status, <c>metadata</c> depends on the failure.</summary>
internal sealed record OpenRouterErrorBody(
    string Message,
    int Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonObject? Metadata);
