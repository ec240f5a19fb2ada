namespace AspireRouter.RouterCore.State;

/// <summary>
/// Whether a client key may make one more request; when not, the limit it reached as a client reads it (e.g.
/// <c>10 requests per minute</c>) and how long until that limit's window ends.
/// </summary>
public readonly record struct ClientKeyLimitDecision(bool Allowed, string Limit, TimeSpan RetryAfter)
{
    public static ClientKeyLimitDecision Allow { get; } = new(true, "", TimeSpan.Zero);

    public static ClientKeyLimitDecision Refuse(string limit, TimeSpan retryAfter) => new(false, limit, retryAfter);
}
