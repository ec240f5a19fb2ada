using System.Text.Json.Serialization;

namespace AspireRouter.UpstreamSimulator.Chat.Wire;

/// <summary>The <c>delta</c> of a streamed chunk.</summary>
internal sealed record WireDelta(
    string Role,
    string? Content,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WireToolCall>? ToolCalls,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WireImage>? Images);
