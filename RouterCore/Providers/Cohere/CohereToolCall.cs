namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>A tool call, in OpenAI's shape: id, <c>function</c> with name and arguments text.</summary>
internal sealed record CohereToolCall
{
    public string? Id { get; init; }

    public CohereFunction? Function { get; init; }
}
