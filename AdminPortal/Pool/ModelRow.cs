using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.AdminPortal.Pool;

/// <summary>One model of the pool with its state, recent performance, load, share of traffic and the operator's policy for it.</summary>
public sealed record ModelRow(
    ModelInfo Model,
    ModelStatus Status,
    double? SuccessRate,
    double? LatencyMs,
    double Share,
    double Weight,
    bool Blocked)
{
    /// <summary>Upstream requests in flight to the model, summed over the live router replicas.</summary>
    public int InFlight { get; init; }

    /// <summary>Upstream requests started per second over the last 10 s, summed over the live router replicas.</summary>
    public double RequestsPerSecond { get; init; }

    public string Id => Model.Id;

    public string Provider => Model.Provider;
}
