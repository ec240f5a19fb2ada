using AspireRouter.RouterCore.Load;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Publishes this replica's load each second to <c>ar:load:{replica}</c> and marks it live in <c>ar:load:replicas</c>, so any
/// replica can sum the load of all of them; requests never wait on it.
/// </summary>
public sealed partial class LoadPublisher(
    IConnectionMultiplexer redis,
    LoadTracker load,
    ReplicaIdentity replica,
    TimeProvider time,
    ILogger<LoadPublisher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>A replica that has not published for this long no longer counts.</summary>
    public static readonly TimeSpan LiveFor = Interval * 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            // Redis commands take no token: while Redis is away one waits for its timeout, and a stop must not.
            await PublishAsync().WaitAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    public async Task PublishAsync()
    {
        var key = RedisKeys.Load(replica.Id);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            var transaction = redis.GetDatabase().CreateTransaction();
            _ = transaction.KeyDeleteAsync(key);
            _ = transaction.HashSetAsync(key, [.. load.Sample().Select(LoadValue.ToEntry)]);
            _ = transaction.KeyExpireAsync(key, LiveFor * 10);
            _ = transaction.SortedSetAddAsync(RedisKeys.LoadReplicas, replica.Id, now);
            _ = transaction.SortedSetRemoveRangeByScoreAsync(RedisKeys.LoadReplicas, double.NegativeInfinity, now - (LiveFor * 20).TotalMilliseconds);
            await transaction.ExecuteAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogPublishFailed(exception);
        }
    }

    [LoggerMessage(1, LogLevel.Debug, "Could not publish this replica's load; the next second tries again")]
    private partial void LogPublishFailed(Exception exception);
}
