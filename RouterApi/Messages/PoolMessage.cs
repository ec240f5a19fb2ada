namespace AspireRouter.RouterApi.Messages;

/// <summary>An answer's message or delta: its text and its tool calls.</summary>
internal sealed record PoolMessage
{
    public string? Content { get; init; }

    public IReadOnlyList<PoolToolCall>? ToolCalls { get; init; }
}
