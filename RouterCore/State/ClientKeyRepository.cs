using System.Buffers.Text;
using System.Security.Cryptography;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>Client API keys in <c>ar:keys</c> (SHA-256 hex → record) and their usage in <c>ar:usage:keys</c>.</summary>
public sealed class ClientKeyRepository(IConnectionMultiplexer redis, RouterEventPublisher events, AuditLog audit, TimeProvider time)
{
    public const string KeyPrefix = "ar-";
    public const int MaxNameLength = 64;

    /// <summary>Creates a key named <paramref name="name"/> and returns it; only its hash is stored.</summary>
    /// <exception cref="ArgumentException">The name is empty, too long, or already used.</exception>
    public async Task<CreatedClientKey> CreateAsync(string name, AuditActor who)
    {
        ArgumentNullException.ThrowIfNull(who);
        name = (name ?? "").Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new ArgumentException($"A key name needs 1 to {MaxNameLength} characters.", nameof(name));
        }

        if ((await ListAsync().ConfigureAwait(false)).Any(key => string.Equals(key.Name, name, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"A key named '{name}' exists already.", nameof(name));
        }

        var key = KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var record = new ClientKeyRecord(name, time.GetUtcNow(), who.Name);
        await redis.GetDatabase().HashSetAsync(RedisKeys.Keys, ClientKeyHasher.Hash(key), StateJson.Serialize(record, StateJson.ClientKeyRecord)).ConfigureAwait(false);
        await AnnounceAsync(who, $"created client key '{name}'").ConfigureAwait(false);
        return new CreatedClientKey(name, key);
    }

    /// <summary>Removes the key with <paramref name="hash"/>; false when there is none.</summary>
    public async Task<bool> RevokeAsync(string hash, AuditActor who)
    {
        var database = redis.GetDatabase();
        var record = StateJson.TryDeserialize(await database.HashGetAsync(RedisKeys.Keys, hash).ConfigureAwait(false), StateJson.ClientKeyRecord);
        if (!await database.HashDeleteAsync(RedisKeys.Keys, hash).ConfigureAwait(false))
        {
            return false;
        }

        await AnnounceAsync(who, $"revoked client key '{record?.Name ?? hash}'").ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<ClientKey>> ListAsync()
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(RedisKeys.Keys).ConfigureAwait(false);
        var keys = new List<ClientKey>(entries.Length);
        foreach (var entry in entries)
        {
            if (StateJson.TryDeserialize(entry.Value, StateJson.ClientKeyRecord) is { } record)
            {
                keys.Add(new ClientKey(entry.Name!, record.Name, record.CreatedAt, record.CreatedBy));
            }
        }

        return [.. keys.OrderBy(key => key.CreatedAt)];
    }

    /// <summary>The stored record of <paramref name="key"/> (a plaintext key a client sent), or null.</summary>
    public async Task<ClientKeyRecord?> FindAsync(string key) =>
        StateJson.TryDeserialize(await redis.GetDatabase().HashGetAsync(RedisKeys.Keys, ClientKeyHasher.Hash(key)).ConfigureAwait(false), StateJson.ClientKeyRecord);

    /// <summary>Counts <paramref name="requests"/> requests made with the key named <paramref name="name"/>, without waiting for Redis.</summary>
    public Task RecordUsageAsync(string name, long requests = 1) =>
        redis.GetDatabase().HashIncrementAsync(RedisKeys.KeyUsage, name, requests, CommandFlags.FireAndForget);

    /// <summary>Requests made per key name.</summary>
    public async Task<IReadOnlyDictionary<string, long>> UsageAsync()
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(RedisKeys.KeyUsage).ConfigureAwait(false);
        var usage = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Value.TryParse(out long count))
            {
                usage[entry.Name!] = count;
            }
        }

        return usage;
    }

    private async Task AnnounceAsync(AuditActor who, string what)
    {
        await events.PublishAsync(RouterEvents.Keys).ConfigureAwait(false);
        await audit.AppendAsync(who, what).ConfigureAwait(false);
    }
}
