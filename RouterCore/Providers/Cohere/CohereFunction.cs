namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>A tool call's function: name and arguments (a JSON text, streamed in pieces).</summary>
internal sealed record CohereFunction
{
    public string? Name { get; init; }

    public string? Arguments { get; init; }
}
