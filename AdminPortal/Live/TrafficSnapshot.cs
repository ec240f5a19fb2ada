using AspireRouter.RouterCore.State;

namespace AspireRouter.AdminPortal.Live;

/// <summary>What the dashboard shows at one refresh.</summary>
public sealed record TrafficSnapshot(DateTimeOffset Time, TrafficStats Stats, ModelShare Share, IReadOnlyList<RoutingDecision> Recent);
