using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterApi.Status;

/// <summary>
/// The pool as one replica sees it at <paramref name="Now"/>, with the load of every live replica and the shared quotas, by
/// quota scope (<see cref="RedisKeys.KeyQuotaScope"/>: one per provider key).
/// </summary>
internal sealed record PoolObservation(
    CatalogSnapshot Catalog,
    DateTimeOffset Now,
    ClusterLoad Load,
    IReadOnlyDictionary<string, IReadOnlyList<QuotaWindowStatus>> Quotas,
    IReadOnlyList<ModelLive> Models);
