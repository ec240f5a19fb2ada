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

    /// <summary>Sets the limits of the key with <paramref name="hash"/> (<see cref="ClientKeyLimits.None"/> lifts them); false when there is no such key.</summary>
    /// <exception cref="ArgumentException">The limits are out of range (<see cref="ClientKeyLimits.Problem"/>).</exception>
    public async Task<bool> SetLimitsAsync(string hash, ClientKeyLimits limits, AuditActor who)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(limits));
        }

        var database = redis.GetDatabase();
        if (StateJson.TryDeserialize(await database.HashGetAsync(RedisKeys.Keys, hash).ConfigureAwait(false), StateJson.ClientKeyRecord) is not { } record)
        {
            return false;
        }

        // Only while the key still exists: a revoke in between must not bring it back.
        var transaction = database.CreateTransaction();
        transaction.AddCondition(Condition.HashExists(RedisKeys.Keys, hash));
        _ = transaction.HashSetAsync(RedisKeys.Keys, hash, StateJson.Serialize(record with { Limits = limits.IsLimited ? limits : null }, StateJson.ClientKeyRecord));
        if (!await transaction.ExecuteAsync().ConfigureAwait(false))
        {
            return false;
        }

        await AnnounceAsync(who, $"set the limits of client key '{record.Name}' to {limits}").ConfigureAwait(false);
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
                keys.Add(new ClientKey(entry.Name!, record.Name, record.CreatedAt, record.CreatedBy, record.Limits ?? ClientKeyLimits.None));
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
