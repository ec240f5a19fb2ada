namespace AspireRouter.AdminPortal.Live;

/// <summary>The router's traffic over a sliding window; rates are per second, latencies null while nothing was routed.</summary>
public sealed record TrafficStats(
    TimeSpan Window,
    int Requests,
    double RequestsPerSecond,
    double? SuccessRate,
    double? P50LatencyMs,
    double? P95LatencyMs,
    double FallbacksPerSecond,
    long Tokens,
    double TokensPerSecond);
