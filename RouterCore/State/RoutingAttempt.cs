namespace AspireRouter.RouterCore.State;

/// <summary>One upstream attempt of a routed request: the model tried, the HTTP status it gave (null when none), and why it failed.</summary>
public sealed record RoutingAttempt
{
    public required string Model { get; init; }

    public required string Provider { get; init; }

    public int? Status { get; init; }

    /// <summary>Why the attempt failed; null for the attempt that succeeded.</summary>
    public string? Error { get; init; }
}
