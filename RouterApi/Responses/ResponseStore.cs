using System.Collections.Concurrent;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Responses;

/// <summary>
/// Responses kept for <c>previous_response_id</c> and <c>GET</c>/<c>DELETE /v1/responses/{id}</c>: <c>ar:response:{id}</c> with
/// <see cref="ResponsesOptions.Retention"/> as its expiry, shared by every replica. Each call waits on Redis no longer than the
/// <see cref="RedisBudget"/> and throws a <see cref="RedisFailure"/> when Redis fails. A response still being saved by this
/// replica is waited for, so a client that continues it at once finds it.
/// </summary>
internal sealed class ResponseStore(IConnectionMultiplexer redis, RedisBudget budget, IOptions<ResponsesOptions> options)
{
    private readonly TimeSpan _retention = options.Value.Retention;
    private readonly ConcurrentDictionary<string, Task> _saving = new(StringComparer.Ordinal);

    /// <summary>Marks a response as being answered until <paramref name="saved"/> completes; readers of its id wait for that.</summary>
    public void Announce(string id, Task saved) => _saving[id] = saved;

    public void Forget(string id) => _saving.TryRemove(id, out _);

    public Task SaveAsync(string id, ReadOnlyMemory<byte> record) =>
        budget.WithinAsync(redis.GetDatabase().StringSetAsync(RedisKeys.Response(id), record, _retention));

    /// <returns>The stored response (dispose it), or null when the id is malformed, unknown or expired.</returns>
    public async Task<StoredResponse?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!ResponseIds.IsResponseId(id))
        {
            return null;
        }

        if (_saving.TryGetValue(id, out var saving))
        {
            await saving.WaitAsync(cancellationToken);
        }

        var value = await budget.WithinAsync(redis.GetDatabase().StringGetAsync(RedisKeys.Response(id)));
        return value.IsNull ? null : ResponseRecord.Read((ReadOnlyMemory<byte>)value);
    }

    /// <returns>Whether a stored response was deleted.</returns>
    public Task<bool> DeleteAsync(string id) =>
        ResponseIds.IsResponseId(id) ? budget.WithinAsync(redis.GetDatabase().KeyDeleteAsync(RedisKeys.Response(id))) : Task.FromResult(false);
}
