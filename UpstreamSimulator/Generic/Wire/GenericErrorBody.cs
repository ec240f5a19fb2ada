using System.Text.Json.Serialization;

namespace AspireRouter.UpstreamSimulator.Generic.Wire;

/// <summary>The <c>error</c> object of an OpenAI-compatible error response.</summary>
internal sealed record GenericErrorBody(
    string Message,
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code);
