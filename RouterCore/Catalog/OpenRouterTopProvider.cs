namespace AspireRouter.RouterCore.Catalog;

/// <summary>Wire shape of a model's <c>top_provider</c> on OpenRouter.</summary>
internal sealed record OpenRouterTopProvider
{
    public int? ContextLength { get; init; }

    public int? MaxCompletionTokens { get; init; }
}
