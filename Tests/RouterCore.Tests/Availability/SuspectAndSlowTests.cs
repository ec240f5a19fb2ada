using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Availability;

/// <summary>How availability treats a model whose first token is overdue, whose stream broke after it began, or whose body was slow.</summary>
public sealed class SuspectAndSlowTests
{
    private static readonly AvailabilityOptions Settings = new()
    {
        DefaultCooldown = TimeSpan.FromSeconds(10),
        Circuit = new CircuitBreakerOptions { ConsecutiveFailures = 3, BreakDuration = TimeSpan.FromSeconds(30) },
        FirstToken = new FirstTokenOptions { Multiplier = 3, Floor = TimeSpan.FromSeconds(1), Ceiling = TimeSpan.FromSeconds(20) },
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void FirstTokenDueAfter_FollowsTheModelsRecentP90()
    {
        var tracker = Tracker();
        Assert.Equal(TimeSpan.FromSeconds(20), tracker.FirstTokenDueAfter("a", "openrouter"));

        for (var i = 1; i <= 10; i++)
        {
            tracker.RecordSuccess("a", "openrouter", TimeSpan.FromMilliseconds(i * 200));
        }

        // p90 of 200..2000 ms is 1800 ms; three times that is 5.4 s.
        Assert.Equal(TimeSpan.FromMilliseconds(5400), tracker.FirstTokenDueAfter("a", "openrouter"));
        Assert.True(tracker.IsProven("a", "openrouter"));
        Assert.False(tracker.IsProven("b", "openrouter"));
    }

    [Fact]
    public void RecordFailure_FirstTokenOverdue_CoolsTheModelAtOnce_AndTellsOtherReplicas()
    {
        var tracker = Tracker();
        var notices = new List<CooldownNotice>();
        tracker.CooledDown += notices.Add;

        tracker.RecordFailure("a", "openrouter", UpstreamFailure.FirstTokenOverdue(TimeSpan.FromSeconds(2)));

        Assert.False(tracker.IsAvailable("a", "openrouter"));
        Assert.Equal(_time.GetUtcNow().AddSeconds(10), tracker.GetState("a").CoolingUntil);
        Assert.Equal("a", Assert.Single(notices).ModelId);
    }

    [Fact]
    public void RecordFailure_AfterFirstToken_CoolsTheModelLikeAFailureBeforeIt()
    {
        var tracker = Tracker();
        var broken = UpstreamFailure.AfterFirstToken(new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = "stream broke" });

        tracker.RecordFailure("a", "openrouter", broken);

        var state = tracker.GetState("a");
        Assert.Equal(AvailabilityState.Cooling, state.State);
        Assert.True(state.SuccessRate < 1, "the broken stream did not count as a failure");
    }

    [Fact]
    public void RecordSlow_ManyTimes_NeitherOpensTheCircuitNorLowersTheSuccessRate_ButLowersTheHealth()
    {
        var tracker = Tracker();
        for (var i = 0; i < 10; i++)
        {
            tracker.RecordSlow("a", "openrouter", TimeSpan.FromSeconds(40));
        }

        var state = tracker.GetState("a");
        Assert.True(tracker.IsAvailable("a", "openrouter"));
        Assert.NotEqual(AvailabilityState.Down, state.State);
        Assert.Equal(1, state.SuccessRate);
        Assert.True(state.HealthScore < 0.5, $"a model slow for 40 s kept a health score of {state.HealthScore}");
    }

    [Fact]
    public void SlowBody_IsNeitherRetriedNorCountedAgainstTheCircuit()
    {
        var slow = UpstreamFailure.SlowBody(TimeSpan.FromSeconds(5));

        Assert.False(slow.IsRetryable);
        Assert.False(slow.TripsCircuit);
        Assert.False(slow.CoolsDown);
        Assert.Equal(504, slow.StatusCode);
    }

    private AvailabilityTracker Tracker() =>
        new(Options.Create(Settings), new InMemoryQuotaCounter(new ProviderQuotaLimits(Options.Create(new ProvidersOptions())), _time), new ProviderKeyPools(Options.Create(new ProvidersOptions())), _time);
}
