namespace AspireRouter.RouterApi.Messages;

/// <summary><c>usage.prompt_tokens_details</c>.</summary>
internal sealed record PoolPromptDetails
{
    public int? CachedTokens { get; init; }
}
