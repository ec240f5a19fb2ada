using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>
/// One v2 chat stream event, told apart by <see cref="Type"/>: <c>message-start</c>, <c>content-delta</c>, <c>tool-call-start</c>,
/// <c>tool-call-delta</c>, <c>message-end</c> and others the translation passes over.
/// </summary>
internal sealed record CohereStreamEvent
{
    public string Type { get; init; } = "";

    public string? Id { get; init; }

    public int Index { get; init; }

    /// <summary>Read as <see cref="CohereStreamDelta"/> only for the events that carry one: <c>message-start</c>'s has arrays where the others have objects.</summary>
    public JsonElement? Delta { get; init; }
}
