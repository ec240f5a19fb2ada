namespace AspireRouter.RouterApi.Messages;

/// <summary>What the Messages API reads of the pool's answer: a <c>chat.completion</c> or one <c>chat.completion.chunk</c>.</summary>
internal sealed record PoolAnswer
{
    public string? Id { get; init; }

    public IReadOnlyList<PoolChoice>? Choices { get; init; }

    public PoolUsage? Usage { get; init; }
}
