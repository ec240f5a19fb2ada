namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary><c>usage</c>; cached prompt tokens count as prompt tokens, as OpenAI counts them.</summary>
internal sealed record AnthropicUsage
{
    public int? InputTokens { get; init; }

    public int? OutputTokens { get; init; }

    public int? CacheCreationInputTokens { get; init; }

    public int? CacheReadInputTokens { get; init; }

    public int PromptTokens => (InputTokens ?? 0) + (CacheCreationInputTokens ?? 0) + (CacheReadInputTokens ?? 0);
}
