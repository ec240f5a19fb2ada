namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary><c>usage</c>: the model's tokens, and the billed units (used when tokens are absent).</summary>
internal sealed record CohereUsage
{
    public CohereTokens? Tokens { get; init; }

    public CohereTokens? BilledUnits { get; init; }
}
