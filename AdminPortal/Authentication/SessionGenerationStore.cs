using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>
/// Each operator's session generation in Redis (<see cref="RedisKeys.PortalSessionGeneration"/>), shared by all portal replicas.
/// A session is stamped with the generation at sign-in and lives only while it is still the current one; signing out replaces it.
/// While Redis is unreachable the last generation read stands in for <see cref="AdminOptions.UnreachableStoreGrace"/>, then none does.
/// </summary>
internal sealed partial class SessionGenerationStore(
    IConnectionMultiplexer redis,
    IOptions<AdminOptions> options,
    TimeProvider time,
    ILogger<SessionGenerationStore> logger)
{
    /// <summary>What <see cref="CurrentAsync"/> answers when the operator has no generation yet: no session is valid.</summary>
    public const string None = "";

    private readonly ConcurrentDictionary<string, (string Generation, DateTimeOffset ReadAt)> _lastRead = new(StringComparer.Ordinal);

    /// <summary>The operator's current generation, <see cref="None"/> when there is none, or null when it cannot be known.</summary>
    public async Task<string?> CurrentAsync(string operatorName)
    {
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(RedisKeys.PortalSessionGeneration(operatorName)).ConfigureAwait(false);
            return Remember(operatorName, value.IsNullOrEmpty ? None : value.ToString());
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            return LastReadWithinGrace(operatorName, exception);
        }
    }

    /// <summary>The generation to stamp into a new session: the current one, created when the operator has none; null when Redis cannot say.</summary>
    public async Task<string?> ForSignInAsync(string operatorName)
    {
        try
        {
            var key = RedisKeys.PortalSessionGeneration(operatorName);
            var database = redis.GetDatabase();
            await database.StringSetAsync(key, NewGeneration(), when: When.NotExists).ConfigureAwait(false);
            var value = await database.StringGetAsync(key).ConfigureAwait(false);
            return value.IsNullOrEmpty ? null : Remember(operatorName, value.ToString());
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            return LastReadWithinGrace(operatorName, exception) is { Length: > 0 } generation ? generation : null;
        }
    }

    /// <summary>Ends every session of the operator (in every replica and tab); false when Redis could not be reached.</summary>
    public async Task<bool> EndAllAsync(string operatorName)
    {
        var generation = NewGeneration();
        try
        {
            await redis.GetDatabase().StringSetAsync(RedisKeys.PortalSessionGeneration(operatorName), generation).ConfigureAwait(false);
            Remember(operatorName, generation);
            return true;
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            // This replica stops believing its last read at once; the others do when their grace runs out.
            _lastRead.TryRemove(operatorName, out _);
            LogEndFailed(logger, operatorName, exception);
            return false;
        }
    }

    private string Remember(string operatorName, string generation)
    {
        _lastRead[operatorName] = (generation, time.GetUtcNow());
        return generation;
    }

    private string? LastReadWithinGrace(string operatorName, Exception exception)
    {
        LogUnreachable(logger, operatorName, exception);
        return _lastRead.TryGetValue(operatorName, out var last) && time.GetUtcNow() - last.ReadAt <= options.Value.UnreachableStoreGrace
            ? last.Generation
            : null;
    }

    private static string NewGeneration() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the portal session generation of {Operator} from Redis")]
    private static partial void LogUnreachable(ILogger logger, string @operator, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not end the other portal sessions of {Operator}: Redis is unreachable (they end when their grace runs out)")]
    private static partial void LogEndFailed(ILogger logger, string @operator, Exception exception);
}
