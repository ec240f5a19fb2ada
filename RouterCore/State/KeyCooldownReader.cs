using AspireRouter.RouterCore.Availability;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Reads the running cooldowns of provider keys from <c>ar:cooldowns</c>, as the routers share them (<see cref="CooldownBroadcaster"/>),
/// for a page that has no tracker of its own: by provider and key number, the latest end of each.
/// </summary>
public sealed class KeyCooldownReader(IConnectionMultiplexer redis, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<(string Provider, int KeyNumber), DateTimeOffset>> ReadAsync()
    {
        var now = time.GetUtcNow();
        var running = new Dictionary<(string, int), DateTimeOffset>();
        foreach (var entry in await redis.GetDatabase().HashGetAllAsync(RedisKeys.Cooldowns).ConfigureAwait(false))
        {
            if (entry.Value.TryParse(out long untilMs)
                && CooldownMessage.TryParseField(entry.Name!, untilMs, out var notice)
                && notice is { Scope: CooldownScope.Provider } && notice.Until > now
                && (!running.TryGetValue((notice.Provider, notice.KeyNumber), out var seen) || seen < notice.Until))
            {
                running[(notice.Provider, notice.KeyNumber)] = notice.Until;
            }
        }

        return running;
    }
}
