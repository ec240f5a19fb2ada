using System.Globalization;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Serialization;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>The published pool: <c>ar:catalog</c> (model id → <see cref="ModelInfo"/> JSON) and <c>ar:catalog:meta</c>.</summary>
public sealed class CatalogRepository(IConnectionMultiplexer redis)
{
    public async Task<PublishedCatalog> ReadAsync()
    {
        var database = redis.GetDatabase();
        var entries = database.HashGetAllAsync(RedisKeys.Catalog);
        var meta = database.HashGetAllAsync(RedisKeys.CatalogMeta);
        var models = StateJson.DeserializeAll([.. (await entries.ConfigureAwait(false)).Select(entry => entry.Value)], RouterJson.ModelInfo);
        var fields = (await meta.ConfigureAwait(false)).ToDictionary(field => (string)field.Name!, field => (string?)field.Value, StringComparer.Ordinal);
        var fetchedAt = DateTimeOffset.TryParse(fields.GetValueOrDefault(CatalogMetaFields.FetchedAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time)
            ? time
            : (DateTimeOffset?)null;
        return new PublishedCatalog([.. models.OrderBy(model => model.Id, StringComparer.Ordinal)], fields.GetValueOrDefault(CatalogMetaFields.Source), fetchedAt)
        {
            IsSandbox = fields.GetValueOrDefault(CatalogMetaFields.Sandbox) == "true",
        };
    }

    /// <summary>
    /// Whether the published pool is the sandbox's, reading <c>ar:catalog:meta</c> only; null when no pool is published
    /// or its publisher did not say.
    /// </summary>
    public async Task<bool?> ReadIsSandboxAsync()
    {
        var sandbox = await redis.GetDatabase().HashGetAsync(RedisKeys.CatalogMeta, CatalogMetaFields.Sandbox).ConfigureAwait(false);
        return sandbox.IsNull ? null : sandbox == "true";
    }

    /// <summary>
    /// Replaces the published pool and announces it (HealthProbe's side; tests use it to publish a pool); <paramref name="sandbox"/>
    /// says whether its providers are simulated.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<ModelInfo> models, string source, DateTimeOffset fetchedAt, bool sandbox, RouterEventPublisher events)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(events);
        var database = redis.GetDatabase();
        var entries = models.Select(model => new HashEntry(model.Id, StateJson.Serialize(model, RouterJson.ModelInfo))).ToArray();
        var transaction = database.CreateTransaction();
        _ = transaction.KeyDeleteAsync(RedisKeys.Catalog);
        _ = transaction.HashSetAsync(RedisKeys.Catalog, entries);
        _ = transaction.HashSetAsync(RedisKeys.CatalogMeta,
        [
            new(CatalogMetaFields.Source, source),
            new(CatalogMetaFields.FetchedAt, fetchedAt.ToString("O", CultureInfo.InvariantCulture)),
            new(CatalogMetaFields.Sandbox, sandbox ? "true" : "false"),
        ]);
        await transaction.ExecuteAsync().ConfigureAwait(false);
        await events.PublishAsync(RouterEvents.Catalog).ConfigureAwait(false);
    }
}
