namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>A content item: <c>{"type":"text","text":...}</c> (or, in a stream delta, only the text).</summary>
internal sealed record CohereContent
{
    public string? Type { get; init; }

    public string? Text { get; init; }
}
