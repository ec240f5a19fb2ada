using AspireRouter.RouterCore.State;

namespace AspireRouter.AdminPortal.Live;

/// <summary>Computes <see cref="TrafficStats"/> from the routing decisions made within a window before now.</summary>
public static class TrafficStatsCalculator
{
    public static TrafficStats Compute(IEnumerable<RoutingDecision> decisions, DateTimeOffset now, TimeSpan window)
    {
        var inWindow = decisions.Where(decision => decision.Time > now - window && decision.Time <= now).ToList();
        var seconds = window.TotalSeconds;
        var latencies = inWindow.Select(decision => decision.LatencyMs).Order().ToList();
        var tokens = inWindow.Sum(decision => (long)decision.PromptTokens + decision.CompletionTokens);
        return new TrafficStats(
            window,
            inWindow.Count,
            inWindow.Count / seconds,
            inWindow.Count == 0 ? null : inWindow.Count(decision => decision.Succeeded) / (double)inWindow.Count,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            inWindow.Count(decision => decision.FellBack) / seconds,
            tokens,
            tokens / seconds);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double? Percentile(List<double> sorted, double percentile) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Count) - 1)];
}
