using AspireRouter.RouterCore.Load;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// The load of every live replica summed per model: this one's counted now, the others' as they last published; this one's
/// alone when Redis fails or takes longer than the <see cref="RedisBudget"/>.
/// </summary>
public sealed class ClusterLoadReader(IConnectionMultiplexer redis, RedisBudget budget, LoadTracker load, ReplicaIdentity replica, TimeProvider time)
{
    public async Task<ClusterLoad> ReadAsync()
    {
        var totals = load.Sample().ToDictionary(sample => sample.ModelId, StringComparer.Ordinal);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            var database = redis.GetDatabase();
            var live = await budget.WithinAsync(database.SortedSetRangeByScoreAsync(RedisKeys.LoadReplicas, now - LoadPublisher.LiveFor.TotalMilliseconds, double.PositiveInfinity)).ConfigureAwait(false);
            var others = live.Select(id => (string)id!).Where(id => id != replica.Id).ToList();
            var reads = others.Select(id => database.HashGetAllAsync(RedisKeys.Load(id))).ToList();
            foreach (var entries in await budget.WithinAsync(Task.WhenAll(reads)).ConfigureAwait(false))
            {
                foreach (var sample in entries.Select(LoadValue.FromEntry).OfType<ModelLoadSample>())
                {
                    totals[sample.ModelId] = totals.TryGetValue(sample.ModelId, out var sum) ? sum.Plus(sample) : sample;
                }
            }

            return new ClusterLoad(totals, others.Count + 1, Shared: true);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            return new ClusterLoad(totals, 1, Shared: false);
        }
    }
}
