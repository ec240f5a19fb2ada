namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>An error body: <c>{"id":...,"message":...}</c>.</summary>
internal sealed record CohereErrorResponse
{
    public string? Message { get; init; }
}
