using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.State;

namespace AspireRouter.AdminPortal.Pool;

/// <summary>
/// Joins the published catalog (or, until HealthProbe publishes one, this portal's own from configuration), published health,
/// the routers' published load, the routing policy and recent traffic into the Models page's rows. Blocked models stay listed even when they left the catalog.
/// </summary>
public sealed class PoolViewReader(
    CatalogRepository catalog,
    CatalogStore ownCatalog,
    HealthRepository health,
    PolicyRepository policies,
    RequestLogRepository requests,
    ClusterLoadReader load)
{
    /// <summary>The decisions read for success rates, latencies and shares: the whole capped request log.</summary>
    public const int RecentDecisions = 2_000;

    public const string OwnCatalogSource = "this portal's catalog (from configuration; nothing published in ar:catalog yet)";

    public async Task<PoolView> ReadAsync()
    {
        var published = await catalog.ReadAsync();
        var models = published.IsEmpty ? [.. ownCatalog.Current.Models] : published.Models;
        var policy = await policies.LoadAsync();
        var missingBlocked = policy.Blocked.Except(models.Select(model => model.Id), StringComparer.Ordinal)
            .Select(id => new ModelInfo { Id = id, Provider = "", UpstreamId = id, Name = "(not in the catalog)" });
        var all = models.Concat(missingBlocked).ToList();
        var states = await health.ReadAsync([.. all.Select(model => model.Id)]);
        var traffic = ModelTrafficCalculator.Compute(await requests.RecentAsync(RecentDecisions));
        var weights = policy.WeightsById();
        var routers = await load.ReadAsync();
        var rows = all.Select(model =>
        {
            var record = states.GetValueOrDefault(model.Id);
            var recent = traffic.GetValueOrDefault(model.Id) ?? ModelTraffic.None;
            return new ModelRow(
                model,
                record is null ? ModelStatus.Unknown : new ModelStatus(record.State, record.CooldownUntil, record.LastError),
                record?.SuccessRate ?? recent.SuccessRate,
                record?.LatencyMs ?? recent.LatencyMs,
                recent.Share,
                weights.GetValueOrDefault(model.Id, RoutingPolicy.DefaultWeight),
                policy.IsBlocked(model.Id))
            {
                InFlight = routers.For(model.Id).InFlight,
                RequestsPerSecond = routers.For(model.Id).RequestsPerSecond,
            };
        }).ToList();
        return published.IsEmpty
            ? new PoolView(rows, OwnCatalogSource, ownCatalog.Current.CreatedAt == DateTimeOffset.MinValue ? null : ownCatalog.Current.CreatedAt)
            : new PoolView(rows, published.Source ?? "ar:catalog", published.FetchedAt);
    }

    /// <summary>The most recent attempts on <paramref name="modelId"/>, newest first.</summary>
    public async Task<IReadOnlyList<ModelOutcome>> RecentOutcomesAsync(string modelId, int count)
    {
        var decisions = await requests.RecentAsync(RecentDecisions);
        return [.. decisions
            .SelectMany(decision => decision.Attempts.Where(attempt => attempt.Model == modelId)
                .Select(attempt => new ModelOutcome(decision.Time, decision.KeyName, attempt.Status, attempt.Error)))
            .Take(count)];
    }
}
