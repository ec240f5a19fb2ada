namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>An event's <c>delta</c>: a piece of the message, or (in <c>message-end</c>) the finish reason, usage and error.</summary>
internal sealed record CohereStreamDelta
{
    public CohereDeltaMessage? Message { get; init; }

    public string? FinishReason { get; init; }

    public CohereUsage? Usage { get; init; }

    public string? Error { get; init; }
}
