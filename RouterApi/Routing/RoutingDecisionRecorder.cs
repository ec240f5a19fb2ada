using System.Diagnostics;
using System.Threading.Channels;
using AspireRouter.RouterApi.Telemetry;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// Notes what happened to a request for <c>ar:requests</c> and the per-key usage; the request only enqueues it, and
/// <see cref="RoutingDecisionWriter"/> writes the queue to Redis in batches.
/// </summary>
internal sealed class RoutingDecisionRecorder(TimeProvider time)
{
    private readonly Channel<RoutingDecision> _pending = Channel.CreateBounded<RoutingDecision>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<RoutingDecision> Pending => _pending.Reader;

    public void Record(HttpContext context, ChatRequest request, IReadOnlyList<AttemptRecord> attempts, long startedTimestamp, TokenUsage? usage = null)
    {
        var served = attempts.Count > 0 && attempts[^1].Status == StatusCodes.Status200OK ? attempts[^1] : (AttemptRecord?)null;
        var recorded = new RoutingAttempt[attempts.Count];
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            recorded[i] = new RoutingAttempt
            {
                Model = attempt.Model,
                Provider = attempt.Provider,
                Status = attempt.Status,
                Error = attempt.Status == StatusCodes.Status200OK ? null : attempt.Outcome,
            };
        }

        _pending.Writer.TryWrite(new RoutingDecision
        {
            Time = time.GetUtcNow(),
            KeyName = context.Features.Get<ClientKeyIdentity>()?.Name ?? "",
            RequestedModel = request.Model ?? "",
            ChosenModel = served?.Model,
            Provider = served?.Provider,
            Stream = request.Stream,
            Attempts = recorded,
            LatencyMs = time.GetElapsedTime(startedTimestamp).TotalMilliseconds,
            Status = context.Response.StatusCode,
            PromptTokens = usage?.PromptTokens ?? 0,
            CompletionTokens = usage?.CompletionTokens ?? 0,
            TraceId = RecordedTraceId(context),
        });
    }

    // Only a recorded trace reaches an exporter: an id of an unsampled one would link to nothing. Without spans of its own
    // (no exporter), the router still names the trace its caller records.
    private static string? RecordedTraceId(HttpContext context) => Activity.Current is { } activity
        ? (activity.Recorded ? activity.TraceId.ToHexString() : null)
        : TraceParentHeader.SampledTraceId(context.Request.Headers.TraceParent);
}
