using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Publishes this process's passive health of the models whose outcomes changed to <c>ar:health:{modelId}</c> once a second,
/// for the portal and for HealthProbe (which probes only what traffic has not touched lately).
/// </summary>
public sealed partial class HealthPublisher(
    IConnectionMultiplexer redis,
    AvailabilityTracker tracker,
    TimeProvider time,
    ILogger<HealthPublisher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private List<string> _unpublished = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            // Redis commands take no token: while Redis is away one waits for its timeout, and a stop must not.
            await PublishChangedAsync().WaitAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the health of every model that changed since the last call.</summary>
    public async Task PublishChangedAsync()
    {
        var changed = tracker.TakeChanged();

        // What a failed publish left out goes again, as the model is now: a model that changes no more is still published.
        foreach (var modelId in _unpublished)
        {
            if (!changed.Exists(entry => entry.ModelId == modelId))
            {
                changed.Add((modelId, tracker.GetState(modelId)));
            }
        }

        _unpublished = [];
        if (changed.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        try
        {
            var batch = redis.GetDatabase().CreateBatch();
            var writes = new List<Task>(changed.Count);
            foreach (var (modelId, state) in changed)
            {
                var record = new ModelHealthRecord(state.State, state.SuccessRate, state.LatencyMs, state.CoolingUntil, state.LastError, now);
                writes.Add(batch.HashSetAsync(RedisKeys.Health(modelId), record.ToHash()));
            }

            batch.Execute();
            await Task.WhenAll(writes).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            _unpublished = changed.ConvertAll(entry => entry.ModelId);
            LogPublishFailed(exception, changed.Count);
        }
    }

    [LoggerMessage(1, LogLevel.Debug, "Could not publish the health of {Count} models; the next tick publishes them again")]
    private partial void LogPublishFailed(Exception exception, int count);
}
