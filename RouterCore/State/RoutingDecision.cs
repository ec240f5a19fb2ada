namespace AspireRouter.RouterCore.State;

/// <summary>What RouterApi did with one request, kept in <c>ar:requests</c> for the portal's live views.</summary>
public sealed record RoutingDecision
{
    public required DateTimeOffset Time { get; init; }

    /// <summary>The client key's name (never the key).</summary>
    public required string KeyName { get; init; }

    public required string RequestedModel { get; init; }

    /// <summary>The model that answered; null when every attempt failed.</summary>
    public string? ChosenModel { get; init; }

    public string? Provider { get; init; }

    public bool Stream { get; init; }

    public IReadOnlyList<RoutingAttempt> Attempts { get; init; } = [];

    public double LatencyMs { get; init; }

    /// <summary>Time to first token of a stream; null otherwise.</summary>
    public double? TtftMs { get; init; }

    /// <summary>The HTTP status returned to the client.</summary>
    public int Status { get; init; }

    public int PromptTokens { get; init; }

    public int CompletionTokens { get; init; }

    /// <summary>The W3C trace id (32 hex digits) of the request's recorded trace; null when it was not traced.</summary>
    public string? TraceId { get; init; }

    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>True when the router fell back: more than one upstream attempt.</summary>
    public bool FellBack => Attempts.Count > 1;
}
