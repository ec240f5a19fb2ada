namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>Input and output token counts.</summary>
internal sealed record CohereTokens
{
    public double? InputTokens { get; init; }

    public double? OutputTokens { get; init; }
}
