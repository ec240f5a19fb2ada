namespace AspireRouter.RouterApi.Telemetry;

/// <summary>How a routed request ended, as the routing span and the requests counter say it.</summary>
internal static class RoutingOutcomes
{
    /// <summary>A model's answer reached the client.</summary>
    public const string Served = "served";

    /// <summary>An upstream refused the request itself; its error reached the client.</summary>
    public const string Rejected = "rejected";

    /// <summary>No candidate answered within the attempt budget and the deadline.</summary>
    public const string Exhausted = "exhausted";

    /// <summary>The client went away first.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>The router's stop gave the request up before an answer came; the client was told to send it again.</summary>
    public const string Stopped = "stopped";
}
