using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Routing;

/// <summary>How one attempt ended: the client got its answer, the next candidate should be tried, or the request itself is wrong.</summary>
internal readonly record struct AttemptResult(AttemptResultKind Kind, UpstreamFailure? Failure, TimeSpan TimeToFirstToken = default, TokenUsage? Usage = null)
{
    /// <summary>Output tokens after the first, per second, of a streamed answer; null when not measured.</summary>
    public double? TokensPerSecond { get; init; }

    /// <param name="usage">The tokens the answer reported, when it did.</param>
    /// <param name="midStreamFailure">A failure after the first token, which the client saw as an error event.</param>
    public static AttemptResult Served(TimeSpan timeToFirstToken, TokenUsage? usage, UpstreamFailure? midStreamFailure = null) =>
        new(AttemptResultKind.Served, midStreamFailure, timeToFirstToken, usage);

    public static AttemptResult Failed(UpstreamFailure failure) => new(AttemptResultKind.Failed, failure);

    public static AttemptResult Rejected(UpstreamFailure failure) => new(AttemptResultKind.Rejected, failure);

    public static AttemptResult Outrun { get; } = new(AttemptResultKind.Outrun, null);
}
