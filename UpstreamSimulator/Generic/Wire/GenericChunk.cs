using System.Text.Json.Serialization;
using AspireRouter.UpstreamSimulator.Chat.Wire;

namespace AspireRouter.UpstreamSimulator.Generic.Wire;

/// <summary>One SSE chunk of an OpenAI-compatible stream; <c>usage</c> only on the last one, when asked for.</summary>
internal sealed record GenericChunk(
    string Id,
    string Object,
    long Created,
    string Model,
    string SystemFingerprint,
    IReadOnlyList<GenericChunkChoice> Choices,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WireUsage? Usage);
