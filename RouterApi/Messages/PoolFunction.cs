namespace AspireRouter.RouterApi.Messages;

/// <summary>A tool call's function name and JSON arguments (or, in a stream, the next piece of them).</summary>
internal sealed record PoolFunction
{
    public string? Name { get; init; }

    public string? Arguments { get; init; }
}
