using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.Tests.State;

/// <summary>A background loop that meets a Redis timeout logs it and keeps running; the host it runs in does not stop.</summary>
public sealed class BackgroundLoopRedisStallTests
{
    [Fact]
    public async Task HealthPublisher_MeetsARedisTimeout_LogsIt_KeepsTheHostRunning_AndPublishesOnceRedisGoesOn()
    {
        await using var redis = await TestRedis.StartAsync(RedisKind.Garnet, pausable: true);
        var configuration = ConfigurationOptions.Parse(redis.ConnectionString);
        configuration.AsyncTimeout = 300;
        configuration.SyncTimeout = 300;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(configuration);
        var tracker = new AvailabilityTracker(Options.Create(new AvailabilityOptions()), new InMemoryQuotaCounter(new ProviderQuotaLimits(Options.Create(new ProvidersOptions())), TimeProvider.System), new ProviderKeyPools(Options.Create(new ProvidersOptions())), TimeProvider.System);
        var logger = new FakeLogger<HealthPublisher>();
        var publisher = new HealthPublisher(connection, tracker, TimeProvider.System, logger);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        // .NET's default, stated so this test keeps meaning it: a loop that threw would stop the host.
        builder.Services.Configure<HostOptions>(options => options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost);
        builder.Services.AddHostedService(_ => publisher);
        using var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);

        redis.Pause();
        tracker.RecordSuccess("a:free", "openrouter", TimeSpan.FromMilliseconds(100));
        await Eventually.UntilAsync(() => logger.Collector.GetSnapshot().Any(record => record.Exception is RedisTimeoutException), "the publisher meets a Redis timeout");
        redis.Resume();
        tracker.RecordSuccess("b:free", "openrouter", TimeSpan.FromMilliseconds(100));
        await Eventually.UntilAsync(() => PublishedAsync(connection, "b:free"), "the publisher publishes again");

        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.False(publisher.ExecuteTask!.IsCompleted);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    // Right after Garnet resumes, the test's own connection may still be reconnecting: its check failing means "not yet".
    private static async Task<bool> PublishedAsync(ConnectionMultiplexer connection, string model)
    {
        try
        {
            return await connection.GetDatabase().KeyExistsAsync(RedisKeys.Health(model));
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            return false;
        }
    }
}
