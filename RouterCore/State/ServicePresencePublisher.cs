using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>Records in <c>ar:services</c> that this service is up, so operators see which services share the store.</summary>
public sealed class ServicePresencePublisher(
    IConnectionMultiplexer redis,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<ServicePresencePublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var value = string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():O} pid={Environment.ProcessId}");
        try
        {
            await redis.GetDatabase().HashSetAsync(RedisKeys.Services, environment.ApplicationName, value).WaitAsync(stoppingToken);
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            logger.LogWarning(ex, "Could not record presence in Redis; continuing without it");
        }
    }
}
