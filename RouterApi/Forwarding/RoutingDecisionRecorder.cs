using AspireRouter.RouterApi.Auth;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.State;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Forwarding;

/// <summary>Appends what happened to a request to <c>ar:requests</c>, and counts it against its key, without waiting for Redis.</summary>
internal sealed class RoutingDecisionRecorder(RequestLogRepository log, ClientKeyRepository keys, TimeProvider time, ILogger<RoutingDecisionRecorder> logger)
{
    public void Record(HttpContext context, ChatRequest request, IReadOnlyList<AttemptRecord> attempts, long startedTimestamp)
    {
        var served = attempts.Count > 0 && attempts[^1].Status == StatusCodes.Status200OK ? attempts[^1] : (AttemptRecord?)null;
        var keyName = context.Items[ClientKeyFilter.KeyNameItem] as string ?? "";
        var decision = new RoutingDecision
        {
            Time = time.GetUtcNow(),
            KeyName = keyName,
            RequestedModel = request.Model ?? "",
            ChosenModel = served?.Model,
            Provider = served?.Provider,
            Stream = request.Stream,
            Attempts = [.. attempts.Select(attempt => new RoutingAttempt
            {
                Model = attempt.Model,
                Provider = attempt.Provider,
                Status = attempt.Status,
                Error = attempt.Status == StatusCodes.Status200OK ? null : attempt.Outcome,
            })],
            LatencyMs = time.GetElapsedTime(startedTimestamp).TotalMilliseconds,
            Status = context.Response.StatusCode,
        };
        try
        {
            _ = log.AppendAsync(decision);
            _ = keys.RecordUsageAsync(keyName);
        }
        catch (RedisException exception)
        {
            logger.LogDebug(exception, "Routing decision not logged: Redis unreachable");
        }
    }
}
