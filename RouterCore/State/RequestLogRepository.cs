using System.Text.Json;
using AspireRouter.RouterCore.Buffers;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>The capped list <c>ar:requests</c> of recent routing decisions, newest first.</summary>
public sealed class RequestLogRepository(IConnectionMultiplexer redis, IOptions<RequestLogOptions> options)
{
    private const int EstimatedDecisionBytes = 512;
    private readonly int _capacity = options.Value.Capacity;

    public Task AppendAsync(RoutingDecision decision) => AppendManyAsync([decision]);

    /// <summary>
    /// Pushes a batch of decisions (oldest first) and trims the list, in one round trip. The batch is written as JSON into one
    /// pooled buffer, each decision a slice of it: no array of its own per decision.
    /// </summary>
    public async Task AppendManyAsync(IReadOnlyList<RoutingDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var json = new PooledByteBufferWriter(decisions.Count * EstimatedDecisionBytes);
        var values = Serialize(decisions, json);
        var batch = redis.GetDatabase().CreateBatch();
        var push = batch.ListLeftPushAsync(RedisKeys.Requests, values);
        var trim = batch.ListTrimAsync(RedisKeys.Requests, 0, _capacity - 1);
        batch.Execute();
        await Task.WhenAll(push, trim).ConfigureAwait(false);

        // Answered, so written: the buffer may go back to the pool. A batch that failed keeps it, for the pool must not hand out
        // what a command still queued for a reconnection could yet write.
        json.Dispose();
    }

    public async Task<IReadOnlyList<RoutingDecision>> RecentAsync(int count)
    {
        var values = await redis.GetDatabase().ListRangeAsync(RedisKeys.Requests, 0, count - 1).ConfigureAwait(false);
        return StateJson.DeserializeAll(values, StateJson.RoutingDecision);
    }

    // Each decision's JSON, one after another in json; the values are slices of its array, taken once it has stopped growing.
    private static RedisValue[] Serialize(IReadOnlyList<RoutingDecision> decisions, PooledByteBufferWriter json)
    {
        var ends = new int[decisions.Count];
        using (var writer = new Utf8JsonWriter(json))
        {
            for (var i = 0; i < ends.Length; i++)
            {
                JsonSerializer.Serialize(writer, decisions[i], StateJson.RoutingDecision);
                writer.Flush();
                writer.Reset();
                ends[i] = json.WrittenCount;
            }
        }

        var values = new RedisValue[ends.Length];
        var start = 0;
        for (var i = 0; i < ends.Length; i++)
        {
            values[i] = json.WrittenMemory[start..ends[i]];
            start = ends[i];
        }

        return values;
    }
}
