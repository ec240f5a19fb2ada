namespace AspireRouter.RouterCore.Hints;

/// <summary>How the pool's candidates are weighted for the random draw.</summary>
public enum RoutingSort
{
    /// <summary>Operator weight × health (the default).</summary>
    Random,

    /// <summary>Also by the inverse of each model's time-to-first-token median.</summary>
    Latency,

    /// <summary>Also by each model's measured output tokens per second.</summary>
    Throughput,
}
