using System.Text.Json.Serialization;
using AspireRouter.UpstreamSimulator.Chat.Wire;

namespace AspireRouter.UpstreamSimulator.OpenRouter.Wire;

/// <summary>One SSE chunk of an OpenRouter stream; the last one carries <c>usage</c> and no choices, a failing one <c>error</c>.</summary>
internal sealed record OpenRouterChunk(
    string Id,
    string Provider,
    string Model,
    string Object,
    long Created,
    IReadOnlyList<OpenRouterChunkChoice> Choices,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WireUsage? Usage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OpenRouterErrorBody? Error);
