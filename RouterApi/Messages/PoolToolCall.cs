namespace AspireRouter.RouterApi.Messages;

/// <summary>A tool call, whole or (in a stream) a piece of one: the first piece has its id and name, later ones more arguments.</summary>
internal sealed record PoolToolCall
{
    public int? Index { get; init; }

    public string? Id { get; init; }

    public PoolFunction? Function { get; init; }
}
