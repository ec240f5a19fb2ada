using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterApi.Forwarding;

/// <summary>How one attempt ended: the client got its answer, the next candidate should be tried, or the request itself is wrong.</summary>
internal readonly record struct AttemptResult(AttemptResultKind Kind, UpstreamFailure? Failure, TimeSpan TimeToFirstToken = default)
{
    /// <param name="midStreamFailure">A failure after the first token, which the client saw as an error event.</param>
    public static AttemptResult Served(TimeSpan timeToFirstToken, UpstreamFailure? midStreamFailure = null) =>
        new(AttemptResultKind.Served, midStreamFailure, timeToFirstToken);

    public static AttemptResult Failed(UpstreamFailure failure) => new(AttemptResultKind.Failed, failure);

    public static AttemptResult Rejected(UpstreamFailure failure) => new(AttemptResultKind.Rejected, failure);
}
