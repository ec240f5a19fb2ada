using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>Announces a change on <see cref="RedisKeys.Events"/> so every replica reloads what changed.</summary>
public sealed class RouterEventPublisher(IConnectionMultiplexer redis)
{
    public static RedisChannel Channel { get; } = RedisChannel.Literal(RedisKeys.Events);

    public Task PublishAsync(string message) => redis.GetSubscriber().PublishAsync(Channel, message);
}
