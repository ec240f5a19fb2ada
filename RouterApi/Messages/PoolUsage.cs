namespace AspireRouter.RouterApi.Messages;

/// <summary>The answer's <c>usage</c>; cached prompt tokens are counted apart, as Anthropic reports them.</summary>
internal sealed record PoolUsage
{
    public int PromptTokens { get; init; }

    public int CompletionTokens { get; init; }

    public PoolPromptDetails? PromptTokensDetails { get; init; }

    /// <summary>Prompt tokens not read from a cache (Anthropic's <c>input_tokens</c>).</summary>
    public int UncachedInputTokens => Math.Max(0, PromptTokens - CachedTokens);

    public int CachedTokens => PromptTokensDetails?.CachedTokens ?? 0;
}
