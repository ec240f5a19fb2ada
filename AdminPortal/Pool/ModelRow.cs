using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.AdminPortal.Pool;

/// <summary>One model of the pool with its state, recent performance, share of traffic and the operator's policy for it.</summary>
public sealed record ModelRow(
    ModelInfo Model,
    ModelStatus Status,
    double? SuccessRate,
    double? LatencyMs,
    double Share,
    double Weight,
    bool Blocked)
{
    public string Id => Model.Id;

    public string Provider => Model.Provider;
}
