using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// Writes queued routing decisions to <c>ar:requests</c> and per-key usage to <c>ar:usage:keys</c>: the decisions of a
/// <see cref="RouterApiOptions.RequestLogFlushInterval"/> (or of the previous write, under load) go in one batch, so light
/// traffic costs one write an interval rather than one a request. While Redis is away the queue is dropped rather than kept.
/// It stops after the web server, so at a stop what gathered since the last write (the requests the server drained included)
/// is written once more, as far as the stop's time allows.
/// </summary>
internal sealed partial class RoutingDecisionWriter(
    RoutingDecisionRecorder recorder,
    IConnectionMultiplexer redis,
    RequestLogRepository log,
    ClientKeyRepository keys,
    IOptions<RouterApiOptions> options,
    TimeProvider time,
    ILogger<RoutingDecisionWriter> logger) : BackgroundService
{
    private const int MaxBatch = 500;
    private readonly TimeSpan _flushInterval = options.Value.RequestLogFlushInterval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await recorder.Pending.WaitToReadAsync(stoppingToken))
            {
                if (_flushInterval > TimeSpan.Zero && recorder.Pending.Count < MaxBatch)
                {
                    await Task.Delay(_flushInterval, time, stoppingToken);
                }

                // Redis commands take no token: a stop leaves a batch under way to finish on its own.
                await WriteQueuedAsync().WaitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            while (recorder.Pending.Count > 0)
            {
                await WriteQueuedAsync();
            }
        }
    }

    // One batch of what is queued, in lists of its own (a stop may leave it being written while the rest is); dropped when Redis is away.
    private Task WriteQueuedAsync()
    {
        var batch = new List<RoutingDecision>(Math.Min(recorder.Pending.Count, MaxBatch));
        var usage = new Dictionary<string, long>(StringComparer.Ordinal);
        while (batch.Count < MaxBatch && recorder.Pending.TryRead(out var decision))
        {
            batch.Add(decision);
            usage[decision.KeyName] = usage.GetValueOrDefault(decision.KeyName) + 1;
        }

        return redis.IsConnected ? WriteAsync(batch, usage) : Task.CompletedTask;
    }

    private async Task WriteAsync(List<RoutingDecision> batch, Dictionary<string, long> usage)
    {
        try
        {
            foreach (var (name, requests) in usage)
            {
                _ = keys.RecordUsageAsync(name, requests);
            }

            await log.AppendManyAsync(batch);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogWriteFailed(exception, batch.Count);
        }
    }

    [LoggerMessage(1, LogLevel.Debug, "{Count} routing decisions not logged: Redis unreachable")]
    private partial void LogWriteFailed(Exception exception, int count);
}
