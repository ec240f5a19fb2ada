using System.Threading.Channels;
using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Keeps <see cref="PolicyStore"/> equal to the policy in Redis: loads it at start, reloads on <see cref="RouterEvents.Policy"/>
/// and after a reconnect. While Redis is unreachable the last policy stays in force.
/// </summary>
public sealed partial class PolicySynchronizer(
    IConnectionMultiplexer redis,
    PolicyRepository policies,
    PolicyStore store,
    ILogger<PolicySynchronizer> logger) : BackgroundService
{
    // One pending reload is enough: it reads whatever is newest, so bursts of events coalesce.
    private readonly Channel<bool> _reloads = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private bool _subscribed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        try
        {
            _reloads.Writer.TryWrite(true);
            await foreach (var _ in _reloads.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await SubscribeOnceAsync().ConfigureAwait(false);
                await ReloadAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            redis.ConnectionRestored -= OnConnectionRestored;
            if (_subscribed)
            {
                await redis.GetSubscriber().UnsubscribeAsync(RouterEventPublisher.Channel, OnEvent).ConfigureAwait(false);
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
        catch (RedisException exception)
        {
            LogSubscribeFailed(exception);
        }
    }

    private async Task ReloadAsync()
    {
        try
        {
            var policy = await policies.LoadAsync().ConfigureAwait(false);
            store.Replace(policy);
            LogReloaded(policy.Weights.Count, policy.Blocked.Count);
        }
        catch (RedisException exception)
        {
            LogReloadFailed(exception);
        }
    }

    private void OnEvent(RedisChannel channel, RedisValue message)
    {
        if (message == RouterEvents.Policy)
        {
            _reloads.Writer.TryWrite(true);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => _reloads.Writer.TryWrite(true);
}
