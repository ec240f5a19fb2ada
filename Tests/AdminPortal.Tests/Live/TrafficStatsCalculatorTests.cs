using AspireRouter.AdminPortal.Live;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.State;

namespace AspireRouter.AdminPortal.Tests.Live;

public sealed class TrafficStatsCalculatorTests
{
    private static readonly DateTimeOffset Now = PortalTestContext.Start;

    [Fact]
    public void Compute_CountsOnlyTheWindow_AndTakesNearestRankPercentiles()
    {
        var decisions = Enumerable.Range(1, 20).Select(i => TestModels.Decision(Now.AddSeconds(-i), "a:free", latencyMs: i * 10))
            .Append(TestModels.Decision(Now.AddSeconds(-61), "a:free", latencyMs: 99_999))
            .Append(TestModels.Decision(Now.AddSeconds(-1), "b:free", status: 502, latencyMs: 5, new RoutingAttempt { Model = "a:free", Provider = "openrouter", Status = 429, Error = "rate limited" }));

        var stats = TrafficStatsCalculator.Compute(decisions, Now, TimeSpan.FromSeconds(60));

        Assert.Equal(21, stats.Requests);
        Assert.Equal(21 / 60.0, stats.RequestsPerSecond, 6);
        Assert.Equal(20 / 21.0, stats.SuccessRate!.Value, 6);
        Assert.Equal(100, stats.P50LatencyMs);
        Assert.Equal(190, stats.P95LatencyMs);
        Assert.Equal(1 / 60.0, stats.FallbacksPerSecond, 6);
        Assert.Equal(21 * 15, stats.Tokens);
    }

    [Fact]
    public void Compute_NothingRouted_HasNoRatesToShow()
    {
        var stats = TrafficStatsCalculator.Compute([], Now, TimeSpan.FromSeconds(60));

        Assert.Equal(0, stats.RequestsPerSecond);
        Assert.Null(stats.SuccessRate);
        Assert.Null(stats.P95LatencyMs);
    }
}
