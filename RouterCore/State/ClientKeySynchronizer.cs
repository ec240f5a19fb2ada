using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>Keeps <see cref="ClientKeyDirectory"/> equal to <c>ar:keys</c>, so keys created or revoked in the portal apply within a second.</summary>
public sealed partial class ClientKeySynchronizer(
    IConnectionMultiplexer redis,
    ClientKeyRepository keys,
    ClientKeyDirectory directory,
    ILogger<ClientKeySynchronizer> logger) : RedisEventSynchronizer(redis, logger)
{
    protected override string What => "client keys";

    protected override bool IsRelevant(RedisValue message) => message == RouterEvents.Keys;

    protected override async Task ReloadAsync()
    {
        var stored = await keys.ListAsync().ConfigureAwait(false);
        directory.Replace(stored.ToFrozenDictionary(key => key.Hash, key => ClientKeyIdentity.Of(key.Name, key.Limits), StringComparer.Ordinal));
        LogReloaded(stored.Count);
    }

    [LoggerMessage(1, LogLevel.Information, "Client keys loaded from Redis: {Count}")]
    private partial void LogReloaded(int count);
}
