using AspireRouter.RouterCore.Catalog;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Keeps a follower's <see cref="CatalogStore"/> equal to the pool HealthProbe publishes in <c>ar:catalog</c>
/// (<see cref="RouterEvents.Catalog"/>), taking a published pool whenever it is newer than the one in use.
/// </summary>
public sealed partial class CatalogSynchronizer(
    IConnectionMultiplexer redis,
    CatalogRepository catalogs,
    CatalogStore store,
    ILogger<CatalogSynchronizer> logger) : RedisEventSynchronizer(redis, logger)
{
    protected override string What => "published catalog";

    protected override bool IsRelevant(RedisValue message) => message == RouterEvents.Catalog;

    protected override async Task ReloadAsync()
    {
        var published = await catalogs.ReadAsync().ConfigureAwait(false);
        if (published.IsEmpty || published.FetchedAt is not { } fetchedAt)
        {
            return;
        }

        var current = store.Current;
        if (current.Count > 0 && fetchedAt < current.CreatedAt)
        {
            return;
        }

        var snapshot = new CatalogSnapshot(published.Models, fetchedAt);
        LogChanges(CatalogDiff.Between(store.Replace(snapshot), snapshot), published.Source ?? "redis");
    }

    private void LogChanges(CatalogDiff diff, string source)
    {
        foreach (var model in diff.Disappeared)
        {
            LogDisappeared(model.Id, source);
        }

        LogApplied(diff.Appeared.Count, diff.Disappeared.Count, source);
    }

    [LoggerMessage(1, LogLevel.Information, "Published catalog from {Source} applied: {Appeared} models appeared, {Disappeared} disappeared")]
    private partial void LogApplied(int appeared, int disappeared, string source);

    [LoggerMessage(2, LogLevel.Information, "Model {ModelId} left the pool ({Source})")]
    private partial void LogDisappeared(string modelId, string source);
}
