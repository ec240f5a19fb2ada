namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>The assistant message of an answer: content items and tool calls.</summary>
internal sealed record CohereMessage
{
    public IReadOnlyList<CohereContent>? Content { get; init; }

    public IReadOnlyList<CohereToolCall>? ToolCalls { get; init; }
}
