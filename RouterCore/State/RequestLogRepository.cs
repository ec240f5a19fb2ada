using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>The capped list <c>ar:requests</c> of recent routing decisions, newest first.</summary>
public sealed class RequestLogRepository(IConnectionMultiplexer redis, IOptions<RequestLogOptions> options)
{
    private readonly int _capacity = options.Value.Capacity;

    /// <summary>Queues the push and trim without waiting for Redis, so a request never waits on the log.</summary>
    public Task AppendAsync(RoutingDecision decision)
    {
        var database = redis.GetDatabase();
        var json = StateJson.Serialize(decision, StateJson.RoutingDecision);
        return Task.WhenAll(
            database.ListLeftPushAsync(RedisKeys.Requests, json, flags: CommandFlags.FireAndForget),
            database.ListTrimAsync(RedisKeys.Requests, 0, _capacity - 1, CommandFlags.FireAndForget));
    }

    public async Task<IReadOnlyList<RoutingDecision>> RecentAsync(int count)
    {
        var values = await redis.GetDatabase().ListRangeAsync(RedisKeys.Requests, 0, count - 1).ConfigureAwait(false);
        return StateJson.DeserializeAll(values, StateJson.RoutingDecision);
    }
}
