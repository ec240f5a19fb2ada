namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>A v2 chat answer (https://docs.cohere.com/reference/chat): id, finish reason, the assistant message and usage.</summary>
internal sealed record CohereResponse
{
    public string? Id { get; init; }

    public string? FinishReason { get; init; }

    public CohereMessage? Message { get; init; }

    public CohereUsage? Usage { get; init; }
}
