using System.Text.Json.Serialization;

namespace AspireRouter.UpstreamSimulator.Chat.Wire;

/// <summary>The assistant message of a non-streamed completion (OpenAI shape; <c>images</c> is OpenRouter's extra).</summary>
internal sealed record WireMessage(
    string Role,
    string? Content,
    string? Refusal,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WireToolCall>? ToolCalls,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WireImage>? Images);
