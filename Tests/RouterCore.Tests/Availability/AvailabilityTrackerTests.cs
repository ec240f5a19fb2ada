using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class AvailabilityTrackerTests
{
    private static readonly AvailabilityOptions Settings = new()
    {
        DefaultCooldown = TimeSpan.FromSeconds(10),
        MaxDefaultCooldown = TimeSpan.FromSeconds(60),
        Circuit = new CircuitBreakerOptions { ConsecutiveFailures = 3, BreakDuration = TimeSpan.FromSeconds(30) },
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void GetState_NeverSeen_IsUnknownAndAvailable()
    {
        var tracker = Tracker();

        Assert.Equal(AvailabilityState.Unknown, tracker.GetState("a").State);
        Assert.True(tracker.IsAvailable("a", "openrouter"));
    }

    [Fact]
    public void RecordFailure_RateLimitWithReset_CoolsTheModelUntilThen()
    {
        var tracker = Tracker();
        var until = _time.GetUtcNow().AddSeconds(45);

        tracker.RecordFailure("a", "openrouter", RateLimited(until, CooldownScope.Model));

        var state = tracker.GetState("a");
        Assert.Equal(AvailabilityState.Cooling, state.State);
        Assert.Equal(until, state.CoolingUntil);
        Assert.False(tracker.IsAvailable("a", "openrouter"));
        Assert.True(tracker.IsAvailable("b", "openrouter"));

        _time.Advance(TimeSpan.FromSeconds(45));
        Assert.True(tracker.IsAvailable("a", "openrouter"));
    }

    [Fact]
    public void RecordFailure_AccountWideQuota_CoolsEveryModelOfThatProviderOnly()
    {
        var tracker = Tracker();
        tracker.RecordSuccess("b", "openrouter", TimeSpan.FromMilliseconds(300));
        var until = _time.GetUtcNow().AddHours(12);

        tracker.RecordFailure("a", "openrouter", RateLimited(until, CooldownScope.Provider));

        Assert.False(tracker.IsAvailable("b", "openrouter"));
        Assert.Equal(until, tracker.GetState("b").CoolingUntil);
        Assert.Equal(until, tracker.GetProviderCooldown("openrouter"));
        Assert.True(tracker.IsAvailable("groq/llama", "groq"));
    }

    [Fact]
    public void RecordFailure_RepeatedRateLimitsWithoutReset_BackOffExponentiallyToTheCap()
    {
        var tracker = Tracker();
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            tracker.RecordFailure("a", "openrouter", new UpstreamFailure(UpstreamFailureKind.RateLimited));
            var until = tracker.GetState("a").CoolingUntil!.Value;
            waits.Add(until - _time.GetUtcNow());
            _time.Advance(until - _time.GetUtcNow());
        }

        Assert.Equal([10, 20, 40, 60, 60], waits.Select(wait => wait.TotalSeconds));
    }

    [Fact]
    public void RecordSuccess_AfterBackoff_StartsTheNextStreakFromTheDefault()
    {
        var tracker = Tracker();
        tracker.RecordFailure("a", "openrouter", new UpstreamFailure(UpstreamFailureKind.RateLimited));
        tracker.RecordFailure("a", "openrouter", new UpstreamFailure(UpstreamFailureKind.RateLimited));
        _time.Advance(TimeSpan.FromMinutes(1));

        tracker.RecordSuccess("a", "openrouter", TimeSpan.FromMilliseconds(500));
        tracker.RecordFailure("a", "openrouter", new UpstreamFailure(UpstreamFailureKind.RateLimited));

        Assert.Equal(_time.GetUtcNow().AddSeconds(10), tracker.GetState("a").CoolingUntil);
    }

    [Fact]
    public async Task RecordFailure_ServerErrorsInARow_OpenTheCircuitThenAllowOneTrial()
    {
        var tracker = Tracker();
        for (var i = 0; i < 3; i++)
        {
            tracker.RecordFailure("a", "openrouter", new UpstreamFailure(UpstreamFailureKind.ServerError) { StatusCode = 502 });
        }

        Assert.Equal(AvailabilityState.Down, tracker.GetState("a").State);
        Assert.Null(await tracker.TryBeginAttemptAsync("a", "openrouter"));

        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(AvailabilityState.Degraded, tracker.GetState("a").State);
        Assert.NotNull(await tracker.TryBeginAttemptAsync("a", "openrouter"));
        Assert.Null(await tracker.TryBeginAttemptAsync("a", "openrouter"));

        tracker.RecordSuccess("a", "openrouter", TimeSpan.FromMilliseconds(200));
        Assert.NotNull(await tracker.TryBeginAttemptAsync("a", "openrouter"));
    }

    [Fact]
    public void RecordFailure_RequestFault_LeavesHealthUntouched()
    {
        var tracker = Tracker();
        tracker.RecordSuccess("a", "openrouter", TimeSpan.FromMilliseconds(200));

        tracker.RecordFailure("a", "openrouter", new UpstreamFailure(UpstreamFailureKind.BadRequest));
        tracker.RecordFailure("a", "openrouter", new UpstreamFailure(UpstreamFailureKind.ContextLengthExceeded));

        var state = tracker.GetState("a");
        Assert.Equal(AvailabilityState.Available, state.State);
        Assert.Equal(1, state.HealthScore);
    }

    [Fact]
    public void GetState_FailuresAndSlowAnswers_LowerTheHealthScore()
    {
        var tracker = Tracker();
        tracker.RecordSuccess("fast", "openrouter", TimeSpan.FromMilliseconds(500));
        tracker.RecordSuccess("slow", "openrouter", TimeSpan.FromSeconds(8));
        tracker.RecordSuccess("flaky", "openrouter", TimeSpan.FromMilliseconds(500));
        tracker.RecordFailure("flaky", "openrouter", UpstreamFailure.Timeout());
        tracker.RecordFailure("flaky", "openrouter", UpstreamFailure.ConnectError("Connection refused"));

        Assert.Equal(1, tracker.GetState("fast").HealthScore);
        Assert.Equal(0.25, tracker.GetState("slow").HealthScore, precision: 6);
        Assert.Equal(0.64, tracker.GetState("flaky").HealthScore, precision: 6);
        Assert.Equal(AvailabilityState.Degraded, tracker.GetState("flaky").State);
        Assert.Equal("ConnectError: Connection refused", tracker.GetState("flaky").LastError);
    }

    [Fact]
    public async Task TryBeginAttempt_ProviderQuotaSpent_CoolsTheProviderUntilTheWindowResets()
    {
        var tracker = Tracker(new QuotaOptions { RequestsPerMinute = 2 });

        Assert.NotNull(await tracker.TryBeginAttemptAsync("a", "openrouter"));
        Assert.NotNull(await tracker.TryBeginAttemptAsync("b", "openrouter"));

        Assert.Null(await tracker.TryBeginAttemptAsync("c", "openrouter"));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 12, 1, 0, TimeSpan.Zero), tracker.GetState("c").CoolingUntil);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull(await tracker.TryBeginAttemptAsync("c", "openrouter"));
    }

    [Fact]
    public async Task RecordRateLimitHeaders_OpenRouterSaysNoneRemaining_ThePoolCoolsUntilTheReset_AndNotifiesOtherReplicas()
    {
        var tracker = Tracker();
        var notices = new List<CooldownNotice>();
        tracker.CooledDown += notices.Add;
        var reset = _time.GetUtcNow().AddSeconds(40);
        using var answer = new HttpResponseMessage();
        answer.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
        answer.Headers.TryAddWithoutValidation("X-RateLimit-Reset", reset.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        tracker.RecordRateLimitHeaders("a", "openrouter", answer.Headers);

        Assert.False(tracker.IsAvailable("a", "openrouter"));
        Assert.False(tracker.IsAvailable("b", "openrouter"));
        Assert.Equal(reset, tracker.GetProviderCooldown("openrouter"));
        Assert.Equal([new CooldownNotice("a", "openrouter", CooldownScope.Provider, reset)], notices);
        _time.Advance(TimeSpan.FromSeconds(40));
        Assert.True(tracker.IsAvailable("b", "openrouter"));
    }

    [Fact]
    public async Task RecordRateLimitHeaders_RequestsLeft_CoolsNothing()
    {
        var tracker = Tracker();
        using var answer = new HttpResponseMessage();
        answer.Headers.TryAddWithoutValidation("x-ratelimit-remaining-requests", "1");
        answer.Headers.TryAddWithoutValidation("x-ratelimit-reset-requests", "1m26.4s");

        tracker.RecordRateLimitHeaders("a", "groq", answer.Headers);

        Assert.True(tracker.IsAvailable("a", "groq"));
        Assert.Equal(AvailabilityState.Unknown, tracker.GetState("a").State);
    }

    [Fact]
    public async Task RecordRateLimitHeaders_OpenRouterSaysThreeLeftToday_ExactlyThreeMoreGo_ThenThePoolWaitsForMidnight()
    {
        var tracker = Tracker(new QuotaOptions { RequestsPerMinute = 20, RequestsPerDay = 1000 });
        Assert.NotNull(await tracker.TryBeginAttemptAsync("a", "openrouter"));
        var midnight = QuotaWindow.EndOf(_time.GetUtcNow(), QuotaWindow.Day);

        using var answer = OpenRouterHeaders(remaining: 3, midnight);

        tracker.RecordRateLimitHeaders("a", "openrouter", answer.Headers);

        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull(await tracker.TryBeginAttemptAsync(i % 2 == 0 ? "a" : "b", "openrouter"));
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Null(await tracker.TryBeginAttemptAsync("b", "openrouter"));
        Assert.Equal(midnight, tracker.GetProviderCooldown("openrouter"));
        _time.Advance(midnight - _time.GetUtcNow());
        Assert.NotNull(await tracker.TryBeginAttemptAsync("b", "openrouter"));
    }

    [Fact]
    public async Task RecordRateLimitHeaders_MoreLeftThanTheRouterCounts_DoesNotRaiseTheQuota()
    {
        var tracker = Tracker(new QuotaOptions { RequestsPerDay = 5 });
        Assert.NotNull(await tracker.TryBeginAttemptAsync("a", "openrouter"));

        using var answer = OpenRouterHeaders(remaining: 999, QuotaWindow.EndOf(_time.GetUtcNow(), QuotaWindow.Day));

        tracker.RecordRateLimitHeaders("a", "openrouter", answer.Headers);

        for (var i = 0; i < 4; i++)
        {
            Assert.NotNull(await tracker.TryBeginAttemptAsync("a", "openrouter"));
        }

        Assert.Null(await tracker.TryBeginAttemptAsync("a", "openrouter"));
    }

    [Fact]
    public async Task RecordRateLimitHeaders_GroqSaysOneLeftForAModel_OnlyThatModelStopsAfterOneMore()
    {
        var tracker = Tracker(new QuotaOptions { ModelRequestsPerMinute = 30, ModelRequestsPerDay = 1000 });
        using var answer = new HttpResponseMessage();
        answer.Headers.TryAddWithoutValidation("x-ratelimit-remaining-requests", "1");
        answer.Headers.TryAddWithoutValidation("x-ratelimit-reset-requests", "2m59.56s");

        tracker.RecordRateLimitHeaders("a", "openrouter", answer.Headers);

        Assert.NotNull(await tracker.TryBeginAttemptAsync("a", "openrouter"));
        Assert.Null(await tracker.TryBeginAttemptAsync("a", "openrouter"));
        Assert.NotNull(await tracker.TryBeginAttemptAsync("b", "openrouter"));
    }

    [Fact]
    public async Task RecordRateLimitHeaders_ResetWithinAMinute_CorrectsTheMinuteWindowOnly()
    {
        var tracker = Tracker(new QuotaOptions { RequestsPerMinute = 20, RequestsPerDay = 1000 });
        var minuteEnd = QuotaWindow.EndOf(_time.GetUtcNow(), QuotaWindow.Minute);

        using var answer = OpenRouterHeaders(remaining: 1, minuteEnd);

        tracker.RecordRateLimitHeaders("a", "openrouter", answer.Headers);

        Assert.NotNull(await tracker.TryBeginAttemptAsync("a", "openrouter"));
        Assert.Null(await tracker.TryBeginAttemptAsync("a", "openrouter"));
        _time.Advance(minuteEnd - _time.GetUtcNow());
        for (var i = 0; i < 20; i++)
        {
            Assert.NotNull(await tracker.TryBeginAttemptAsync("a", "openrouter"));
        }
    }

    private static HttpResponseMessage OpenRouterHeaders(long remaining, DateTimeOffset reset)
    {
        var answer = new HttpResponseMessage();
        answer.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "1000");
        answer.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        answer.Headers.TryAddWithoutValidation("X-RateLimit-Reset", reset.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return answer;
    }

    private static UpstreamFailure RateLimited(DateTimeOffset until, CooldownScope scope) =>
        new(UpstreamFailureKind.RateLimited) { StatusCode = 429, CooldownUntil = until, Scope = scope };

    private AvailabilityTracker Tracker(QuotaOptions? quotas = null)
    {
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "openrouter", Quotas = quotas ?? new QuotaOptions() }] });
        return new AvailabilityTracker(Options.Create(Settings), new InMemoryQuotaCounter(new ProviderQuotaLimits(providers), _time), new ProviderKeyPools(providers), _time);
    }
}
