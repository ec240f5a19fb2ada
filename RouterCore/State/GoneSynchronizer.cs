using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>Keeps this process's <see cref="GoneTracker"/> equal to <c>ar:gone</c>: at start, on each <see cref="RouterEvents.Gone"/>, after a reconnect.</summary>
public sealed class GoneSynchronizer(
    IConnectionMultiplexer redis,
    GoneRepository repository,
    GoneTracker tracker,
    ILogger<GoneSynchronizer> logger) : RedisEventSynchronizer(redis, logger)
{
    protected override string What => "gone providers";

    protected override bool IsRelevant(RedisValue message) => message == RouterEvents.Gone;

    protected override async Task ReloadAsync() => tracker.ApplyShared(await repository.ReadAllAsync().ConfigureAwait(false));
}
