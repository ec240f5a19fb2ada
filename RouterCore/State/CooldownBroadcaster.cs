using System.Threading.Channels;
using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Shares cooldowns between replicas (and HealthProbe): every cooldown this process starts is stored in <c>ar:cooldowns</c>
/// and announced on <c>ar:events</c>; cooldowns announced by others are applied to the local tracker, and all running
/// ones are reloaded at start and after a reconnect. Requests never wait on any of it.
/// </summary>
public sealed partial class CooldownBroadcaster(
    IConnectionMultiplexer redis,
    AvailabilityTracker tracker,
    TimeProvider time,
    ILogger<CooldownBroadcaster> logger) : BackgroundService
{
    private int _subscribed;
    private readonly Channel<CooldownNotice> _outgoing = Channel.CreateBounded<CooldownNotice>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        tracker.CooledDown += OnLocalCooldown;
        redis.ConnectionRestored += OnConnectionRestored;
        try
        {
            // Redis commands take no token: while Redis is away one waits for its timeout, and a stop must not.
            await RecoverAsync().WaitAsync(stoppingToken).ConfigureAwait(false);
            await foreach (var notice in _outgoing.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await PublishAsync(notice).WaitAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            tracker.CooledDown -= OnLocalCooldown;
            redis.ConnectionRestored -= OnConnectionRestored;
        }
    }

    private void OnLocalCooldown(CooldownNotice notice) => _outgoing.Writer.TryWrite(notice);

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => _ = RecoverAsync();

    private async Task RecoverAsync()
    {
        await SubscribeAsync().ConfigureAwait(false);
        await ReloadAsync().ConfigureAwait(false);
    }

    private async Task PublishAsync(CooldownNotice notice)
    {
        try
        {
            var database = redis.GetDatabase();
            _ = database.HashSetAsync(RedisKeys.Cooldowns, CooldownMessage.Field(notice), notice.Until.ToUnixTimeMilliseconds(), flags: CommandFlags.FireAndForget);
            await redis.GetSubscriber().PublishAsync(RouterEventPublisher.Channel, CooldownMessage.Format(notice)).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogPublishFailed(exception, notice.ModelId);
        }
    }

    private async Task SubscribeAsync()
    {
        if (Interlocked.Exchange(ref _subscribed, 1) == 1)
        {
            return;
        }

        try
        {
            await redis.GetSubscriber().SubscribeAsync(RouterEventPublisher.Channel, (_, message) =>
            {
                if (CooldownMessage.TryParse(message, out var notice))
                {
                    tracker.ApplyRemoteCooldown(notice);
                }
            }).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            Volatile.Write(ref _subscribed, 0);
            LogSubscribeFailed(exception);
        }
    }

    private async Task ReloadAsync()
    {
        try
        {
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var expired = new List<RedisValue>();
            foreach (var entry in await redis.GetDatabase().HashGetAllAsync(RedisKeys.Cooldowns).ConfigureAwait(false))
            {
                if (!entry.Value.TryParse(out long until) || until <= now)
                {
                    expired.Add(entry.Name);
                }
                else if (CooldownMessage.TryParseField(entry.Name!, until, out var notice))
                {
                    tracker.ApplyRemoteCooldown(notice);
                }
            }

            if (expired.Count > 0)
            {
                _ = redis.GetDatabase().HashDeleteAsync(RedisKeys.Cooldowns, [.. expired], CommandFlags.FireAndForget);
            }
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogReloadFailed(exception);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Could not share the cooldown of {ModelId} through Redis")]
    private partial void LogPublishFailed(Exception exception, string modelId);

    [LoggerMessage(2, LogLevel.Warning, "Could not subscribe to cooldowns from other replicas; retrying after the next reconnect")]
    private partial void LogSubscribeFailed(Exception exception);

    [LoggerMessage(3, LogLevel.Warning, "Could not reload running cooldowns from Redis")]
    private partial void LogReloadFailed(Exception exception);
}
