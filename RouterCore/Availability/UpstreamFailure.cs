namespace AspireRouter.RouterCore.Availability;

/// <summary>The outcome of a failed upstream attempt, and what it means for routing.</summary>
public sealed record UpstreamFailure(UpstreamFailureKind Kind)
{
    /// <summary>The HTTP status, or the error code inside a 2xx body; null when no response came.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Until when the upstream said to wait; null when it did not say.</summary>
    public DateTimeOffset? CooldownUntil { get; init; }

    public CooldownScope Scope { get; init; } = CooldownScope.Model;

    public string? Message { get; init; }

    /// <summary>
    /// The model misbehaved in a way that makes it suspect (its first token overdue, its stream broken after it began): it cools
    /// down for the default backoff like a rate-limited one, so no new attempt goes to it for a while.
    /// </summary>
    public bool IsSuspect { get; init; }

    /// <summary>Whether the next candidate should be tried: not for a malformed request, nor for an answer that was only slow.</summary>
    public bool IsRetryable => Kind is not (UpstreamFailureKind.BadRequest or UpstreamFailureKind.SlowBody);

    /// <summary>The next candidates need a larger context window than this model's.</summary>
    public bool NeedsLargerContext => Kind == UpstreamFailureKind.ContextLengthExceeded;

    /// <summary>Failures of the request, not of the model: they leave its health untouched.</summary>
    public bool IsRequestFault => Kind is UpstreamFailureKind.BadRequest or UpstreamFailureKind.ContextLengthExceeded
        or UpstreamFailureKind.Forbidden or UpstreamFailureKind.UnsupportedParameter;

    /// <summary>Failures that say "not now": the model (or provider) cools down, with a default backoff when no time is given.</summary>
    public bool CoolsDown => CooldownUntil is not null || IsSuspect
        || Kind is UpstreamFailureKind.RateLimited or UpstreamFailureKind.PaymentRequired or UpstreamFailureKind.Unauthorized or UpstreamFailureKind.NoEndpoints;

    /// <summary>The whole provider cools down (an account quota, payment, credentials): none of its models can serve for now.</summary>
    public bool CoolsWholeProvider => CoolsDown && Scope == CooldownScope.Provider;

    /// <summary>Failures that suggest the model is broken and count towards opening its circuit.</summary>
    public bool TripsCircuit => Kind is UpstreamFailureKind.ServerError or UpstreamFailureKind.Timeout
        or UpstreamFailureKind.ConnectError or UpstreamFailureKind.ErrorInBody or UpstreamFailureKind.NoEndpoints;

    public static UpstreamFailure Timeout() => new(UpstreamFailureKind.Timeout) { Message = "The upstream did not answer in time." };

    /// <summary>No first token within <paramref name="dueAfter"/>: the model is suspect and the request hedges elsewhere.</summary>
    public static UpstreamFailure FirstTokenOverdue(TimeSpan dueAfter) => new(UpstreamFailureKind.Timeout)
    {
        Message = $"No first token within {dueAfter.TotalSeconds:0.##} s.",
        IsSuspect = true,
    };

    /// <summary>A stream that failed after its first token: a failure of the model like one before it, and a suspect one.</summary>
    public static UpstreamFailure AfterFirstToken(UpstreamFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure with { IsSuspect = true };
    }

    /// <summary>The headers came but the body did not within <paramref name="timeout"/>.</summary>
    public static UpstreamFailure SlowBody(TimeSpan timeout) => new(UpstreamFailureKind.SlowBody)
    {
        StatusCode = 504,
        Message = $"The model began its answer but the rest did not arrive within {timeout.TotalSeconds:0.##} s.",
    };

    public static UpstreamFailure ConnectError(string message) => new(UpstreamFailureKind.ConnectError) { Message = message };

    /// <summary>The provider's wire format has no way to carry a parameter the request sets; nothing was sent.</summary>
    public static UpstreamFailure UnsupportedParameter(string message) => new(UpstreamFailureKind.UnsupportedParameter) { Message = message };
}
