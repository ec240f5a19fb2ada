using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Keeps an in-memory snapshot equal to state in Redis: reloads it at start, on the <c>ar:events</c> messages it cares about,
/// and after a reconnect. Reloads coalesce; while Redis is unreachable the last snapshot stays in force.
/// </summary>
public abstract partial class RedisEventSynchronizer(IConnectionMultiplexer redis, ILogger logger) : BackgroundService
{
    // One pending reload is enough: it reads whatever is newest, so bursts of events coalesce.
    private readonly Channel<bool> _reloads = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private bool _subscribed;

    /// <summary>What this synchronizer keeps, for log lines.</summary>
    protected abstract string What { get; }

    /// <summary>Whether an <c>ar:events</c> message means the snapshot is stale.</summary>
    protected abstract bool IsRelevant(RedisValue message);

    /// <summary>Reads the state from Redis and swaps the snapshot.</summary>
    protected abstract Task ReloadAsync();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        try
        {
            _reloads.Writer.TryWrite(true);
            await foreach (var _ in _reloads.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                // Redis commands take no token: while Redis is away one waits for its timeout, and a stop must not.
                await SubscribeOnceAsync().WaitAsync(stoppingToken).ConfigureAwait(false);
                await TryReloadAsync().WaitAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            redis.ConnectionRestored -= OnConnectionRestored;
            if (_subscribed)
            {
                redis.GetSubscriber().Unsubscribe(RouterEventPublisher.Channel, OnEvent, CommandFlags.FireAndForget);
            }
        }
    }

    private async Task SubscribeOnceAsync()
    {
        if (_subscribed)
        {
            return;
        }

        try
        {
            await redis.GetSubscriber().SubscribeAsync(RouterEventPublisher.Channel, OnEvent).ConfigureAwait(false);
            _subscribed = true;
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogSubscribeFailed(logger, exception, What);
        }
    }

    private async Task TryReloadAsync()
    {
        try
        {
            await ReloadAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogReloadFailed(logger, exception, What);
        }
    }

    private void OnEvent(RedisChannel channel, RedisValue message)
    {
        if (IsRelevant(message))
        {
            _reloads.Writer.TryWrite(true);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => _reloads.Writer.TryWrite(true);

    [LoggerMessage(2, LogLevel.Warning, "The {What} could not be read from Redis; keeping the current one")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string what);

    [LoggerMessage(3, LogLevel.Warning, "Could not subscribe to events for the {What}; retrying after the next reconnect")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception, string what);
}
