using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>The gone scopes every replica, HealthProbe and the portal share, in <c>ar:gone</c>; each change is announced.</summary>
public sealed class GoneRepository(IConnectionMultiplexer redis, RouterEventPublisher events)
{
    public async Task<IReadOnlyList<GoneStatus>> ReadAllAsync()
    {
        var gone = new List<GoneStatus>();
        foreach (var entry in await redis.GetDatabase().HashGetAllAsync(RedisKeys.Gone).ConfigureAwait(false))
        {
            if (TryRead(entry.Value) is { } status)
            {
                gone.Add(status);
            }
        }

        return gone;
    }

    public async Task WriteAsync(GoneStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var json = JsonSerializer.Serialize(status, StateJsonContext.Default.GoneStatus);
        await redis.GetDatabase().HashSetAsync(RedisKeys.Gone, status.Scope, json).ConfigureAwait(false);
        await events.PublishAsync(RouterEvents.Gone).ConfigureAwait(false);
    }

    public async Task RemoveAsync(string scope)
    {
        await redis.GetDatabase().HashDeleteAsync(RedisKeys.Gone, scope).ConfigureAwait(false);
        await events.PublishAsync(RouterEvents.Gone).ConfigureAwait(false);
    }

    // An entry another version wrote in a shape this one cannot read is skipped, not fatal.
    private static GoneStatus? TryRead(RedisValue value)
    {
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize((string)value!, StateJsonContext.Default.GoneStatus);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
