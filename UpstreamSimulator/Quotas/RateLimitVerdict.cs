namespace AspireRouter.UpstreamSimulator.Quotas;

/// <summary>
/// The state Groq reports in <c>x-ratelimit-*</c> headers (requests per day, tokens per minute), and, when refused,
/// which limit refused and how long to wait.
/// </summary>
internal sealed record RateLimitVerdict(
    int LimitRequests,
    int RemainingRequests,
    TimeSpan ResetRequests,
    int LimitTokens,
    int RemainingTokens,
    TimeSpan ResetTokens)
{
    /// <summary>The refusing limit, e.g. <c>requests per minute (RPM)</c>; null when allowed.</summary>
    public string? RefusedBy { get; init; }

    public int RefusedLimit { get; init; }

    public TimeSpan RetryAfter { get; init; }

    public bool Allowed => RefusedBy is null;
}
