using AspireRouter.UpstreamSimulator.Chat.Wire;

namespace AspireRouter.UpstreamSimulator.Generic.Wire;

/// <summary>An OpenAI-compatible non-streamed chat completion.</summary>
internal sealed record GenericCompletion(
    string Id,
    string Object,
    long Created,
    string Model,
    IReadOnlyList<GenericChoice> Choices,
    WireUsage Usage,
    string SystemFingerprint);
