namespace AspireRouter.RouterApi.Messages;

/// <summary>A choice of the pool's answer: the whole <c>message</c>, or a chunk's <c>delta</c>.</summary>
internal sealed record PoolChoice
{
    public PoolMessage? Message { get; init; }

    public PoolMessage? Delta { get; init; }

    public string? FinishReason { get; init; }

    /// <summary>What the provider itself said (OpenRouter), e.g. Anthropic's <c>stop_sequence</c>.</summary>
    public string? NativeFinishReason { get; init; }
}
