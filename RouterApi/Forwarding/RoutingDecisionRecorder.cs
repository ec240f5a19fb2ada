using AspireRouter.RouterApi.Auth;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.State;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Forwarding;

/// <summary>
/// Appends what happened to a request to <c>ar:requests</c>, and counts it against its key, without waiting for Redis;
/// while Redis is away nothing is queued for it.
/// </summary>
internal sealed class RoutingDecisionRecorder(IConnectionMultiplexer redis, RequestLogRepository log, ClientKeyRepository keys, TimeProvider time)
{
    public void Record(HttpContext context, ChatRequest request, IReadOnlyList<AttemptRecord> attempts, long startedTimestamp, TokenUsage? usage = null)
    {
        if (!redis.IsConnected)
        {
            return;
        }

        var keyName = context.Items[ClientKeyFilter.KeyNameItem] as string ?? "";
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

        _ = log.AppendAsync(new RoutingDecision
        {
            Time = time.GetUtcNow(),
            KeyName = keyName,
            RequestedModel = request.Model ?? "",
            ChosenModel = served?.Model,
            Provider = served?.Provider,
            Stream = request.Stream,
            Attempts = recorded,
            LatencyMs = time.GetElapsedTime(startedTimestamp).TotalMilliseconds,
            Status = context.Response.StatusCode,
            PromptTokens = usage?.PromptTokens ?? 0,
            CompletionTokens = usage?.CompletionTokens ?? 0,
        });
        _ = keys.RecordUsageAsync(keyName);
    }
}
