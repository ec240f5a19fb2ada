using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>The capped list <c>ar:requests</c> of recent routing decisions, newest first.</summary>
public sealed class RequestLogRepository(IConnectionMultiplexer redis, IOptions<RequestLogOptions> options)
{
    private readonly int _capacity = options.Value.Capacity;

    public Task AppendAsync(RoutingDecision decision) => AppendManyAsync([decision]);

    /// <summary>Pushes a batch of decisions (oldest first) and trims the list, in one round trip.</summary>
    public Task AppendManyAsync(IReadOnlyList<RoutingDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var values = new RedisValue[decisions.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = StateJson.SerializeToUtf8Bytes(decisions[i], StateJson.RoutingDecision);
        }

        var batch = redis.GetDatabase().CreateBatch();
        var push = batch.ListLeftPushAsync(RedisKeys.Requests, values);
        var trim = batch.ListTrimAsync(RedisKeys.Requests, 0, _capacity - 1);
        batch.Execute();
        return Task.WhenAll(push, trim);
    }

    public async Task<IReadOnlyList<RoutingDecision>> RecentAsync(int count)
    {
        var values = await redis.GetDatabase().ListRangeAsync(RedisKeys.Requests, 0, count - 1).ConfigureAwait(false);
        return StateJson.DeserializeAll(values, StateJson.RoutingDecision);
    }
}
