using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;

namespace AspireRouter.HealthProbe.Publishing;

/// <summary>
/// Publishes every pool this HealthProbe fetches to <c>ar:catalog</c> and announces it, so every router follows it; its meta says
/// whether the pool is the sandbox's (<c>Router:Sandbox</c>), so the portal can say so.
/// </summary>
internal sealed partial class CatalogPublisher(
    CatalogStore store,
    CatalogRepository catalogs,
    RouterEventPublisher events,
    IOptions<SandboxOptions> sandbox,
    ILogger<CatalogPublisher> logger) : IHostedService
{
    public const string Source = "healthprobe";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Replaced += OnReplaced;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Replaced -= OnReplaced;
        return Task.CompletedTask;
    }

    private void OnReplaced(CatalogSnapshot snapshot) => _ = PublishAsync(snapshot);

    private async Task PublishAsync(CatalogSnapshot snapshot)
    {
        try
        {
            await catalogs.WriteAsync(snapshot.Models, Source, snapshot.CreatedAt, sandbox.Value.Sandbox, events);
            LogPublished(snapshot.Count);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogPublishFailed(exception);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Published the free pool ({Count} models) to Redis")]
    private partial void LogPublished(int count);

    [LoggerMessage(2, LogLevel.Warning, "Could not publish the free pool to Redis; routers keep their own until the next refresh")]
    private partial void LogPublishFailed(Exception exception);
}
