using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Hints;

namespace AspireRouter.RouterCore.Selection;

/// <summary>The factor a client's sort puts on a candidate's weight: faster first token or faster output weighs more.</summary>
internal static class SortWeight
{
    public static double For(RoutingSort? sort, ModelHealth health) => sort switch
    {
        RoutingSort.Latency => health.LatencyFactor(),
        RoutingSort.Throughput => health.ThroughputFactor(),
        _ => 1,
    };

    /// <summary>Whether <paramref name="sort"/> leaves every weight as it is.</summary>
    public static bool IsNeutral(RoutingSort sort) => sort is not (RoutingSort.Latency or RoutingSort.Throughput);
}
