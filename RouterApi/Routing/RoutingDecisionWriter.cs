using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// Writes queued routing decisions to <c>ar:requests</c> and per-key usage to <c>ar:usage:keys</c>: the decisions of a
/// <see cref="RouterApiOptions.RequestLogFlushInterval"/> (or of the previous write, under load) go in one batch, so light
/// traffic costs one write an interval rather than one a request. While Redis is away the queue is dropped rather than kept;
/// at a stop, what gathered since the last write is not written.
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
        var batch = new List<RoutingDecision>(MaxBatch);
        var usage = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await recorder.Pending.WaitToReadAsync(stoppingToken))
        {
            if (_flushInterval > TimeSpan.Zero && recorder.Pending.Count < MaxBatch)
            {
                await Task.Delay(_flushInterval, time, stoppingToken);
            }

            batch.Clear();
            usage.Clear();
            while (batch.Count < MaxBatch && recorder.Pending.TryRead(out var decision))
            {
                batch.Add(decision);
                usage[decision.KeyName] = usage.GetValueOrDefault(decision.KeyName) + 1;
            }

            if (redis.IsConnected)
            {
                // Redis commands take no token: a stop leaves the last batch to finish on its own.
                await WriteAsync(batch, usage).WaitAsync(stoppingToken);
            }
        }
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
