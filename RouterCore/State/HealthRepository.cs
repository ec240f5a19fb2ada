using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>Reads the published health of models from <c>ar:health:{modelId}</c>.</summary>
public sealed class HealthRepository(IConnectionMultiplexer redis)
{
    /// <summary>The health of each model that has a record; models without one are left out.</summary>
    public async Task<IReadOnlyDictionary<string, ModelHealthRecord>> ReadAsync(IReadOnlyCollection<string> modelIds)
    {
        var database = redis.GetDatabase();
        var reads = modelIds.Select(id => (Id: id, Fields: database.HashGetAllAsync(RedisKeys.Health(id)))).ToList();
        var health = new Dictionary<string, ModelHealthRecord>(StringComparer.Ordinal);
        foreach (var (id, fields) in reads)
        {
            if (ModelHealthRecord.FromHash(await fields.ConfigureAwait(false)) is { } record)
            {
                health[id] = record;
            }
        }

        return health;
    }

    /// <summary>Stores a model's health and announces it (HealthProbe's side; tests use it to publish states).</summary>
    public async Task WriteAsync(string modelId, ModelHealthRecord record, RouterEventPublisher events)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(events);
        var database = redis.GetDatabase();
        await database.KeyDeleteAsync(RedisKeys.Health(modelId)).ConfigureAwait(false);
        await database.HashSetAsync(RedisKeys.Health(modelId), record.ToHash()).ConfigureAwait(false);
        await events.PublishAsync(RouterEvents.Health(modelId)).ConfigureAwait(false);
    }
}
