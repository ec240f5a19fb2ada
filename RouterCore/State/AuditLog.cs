using AspireRouter.RouterCore.Serialization;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>The capped list <c>ar:audit</c> of operator changes, newest first.</summary>
public sealed class AuditLog(IConnectionMultiplexer redis, TimeProvider time)
{
    public const int Capacity = 1_000;

    public async Task AppendAsync(AuditActor who, string what)
    {
        ArgumentNullException.ThrowIfNull(who);
        var entry = new AuditEntry(time.GetUtcNow(), who.Name, what, who.Address);
        var database = redis.GetDatabase();
        await database.ListLeftPushAsync(RedisKeys.Audit, StateJson.Serialize(entry, StateJson.AuditEntry)).ConfigureAwait(false);
        await database.ListTrimAsync(RedisKeys.Audit, 0, Capacity - 1).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count)
    {
        var values = await redis.GetDatabase().ListRangeAsync(RedisKeys.Audit, 0, count - 1).ConfigureAwait(false);
        return StateJson.DeserializeAll(values, StateJson.AuditEntry);
    }
}
