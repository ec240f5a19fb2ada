using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Availability;

/// <summary>A free tier that died is noticed from real answers alone, tried rarely, and taken back on its first success.</summary>
public sealed class GoneTrackerTests
{
    private const string Decommissioned = "The model `llama-3.3-70b-versatile` has been decommissioned and is no longer supported.";
    private static readonly AvailabilityOptions Settings = new()
    {
        MaxDefaultCooldown = TimeSpan.FromSeconds(10),
        Gone = new GoneOptions { Window = TimeSpan.FromMinutes(15), MinFailures = 5, ProbeInterval = TimeSpan.FromHours(1) },
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<GoneTracker> _logger = new();
    private readonly GoneTracker _gone;
    private readonly AvailabilityTracker _tracker;

    public GoneTrackerTests()
    {
        _gone = new GoneTracker(Options.Create(Settings), _time, _logger);
        _tracker = new AvailabilityTracker(Options.Create(Settings), new InMemoryQuotaCounter(new ProviderQuotaLimits(Options.Create(new ProvidersOptions())), _time), new ProviderKeyPools(Options.Create(new ProvidersOptions())), _gone, _time);
    }

    [Fact]
    public void RefusalsForTheWholeWindow_MarkTheProviderGone_WithTheUpstreamsMessage_AndOneWarning()
    {
        Refuse(times: 5, every: TimeSpan.FromMinutes(4), Payment());

        var gone = _gone.Get("groq");
        Assert.NotNull(gone);
        Assert.Equal(("groq", _time.GetUtcNow(), 402), (gone.Scope, gone.Since, gone.StatusCode));
        Assert.Equal("You exceeded your current quota, please check your plan and billing details.", gone.Message);
        Assert.False(_tracker.IsAvailable("groq/openai/gpt-oss-20b", "groq"));
        Assert.Equal(AvailabilityState.Down, _tracker.GetState("groq/a").State);
        var warning = Assert.Single(_logger.Collector.GetSnapshot(), record => record.Level == LogLevel.Warning);
        Assert.Contains("groq is gone", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FewerRefusals_OrAShorterRun_OrASuccessBetween_LeaveItServing()
    {
        Refuse(times: 4, every: TimeSpan.FromMinutes(6), Payment());
        Assert.Null(_gone.Get("groq"));

        var other = new GoneTracker(Options.Create(Settings), _time, _logger);
        for (var i = 0; i < 20; i++)
        {
            other.RecordFailure("mistral", Payment());
        }

        Assert.Null(other.Get("mistral"));

        _tracker.RecordSuccess("groq/a", "groq", TimeSpan.FromMilliseconds(200));
        Refuse(times: 4, every: TimeSpan.FromMinutes(6), Payment());
        Assert.Null(_gone.Get("groq"));
    }

    [Fact]
    public void RefusalsOfOneRequest_RateLimitsAndOutages_NeverCount()
    {
        var requestScoped = new UpstreamFailure(UpstreamFailureKind.PaymentRequired) { StatusCode = 402, Message = "This request requires more credits, or fewer max_tokens." };
        var rateLimited = new UpstreamFailure(UpstreamFailureKind.RateLimited) { StatusCode = 429, Message = "Rate limit reached" };
        var outage = new UpstreamFailure(UpstreamFailureKind.ServerError) { StatusCode = 503, Message = "Service Unavailable" };

        foreach (var failure in new[] { requestScoped, rateLimited, outage })
        {
            Refuse(times: 6, every: TimeSpan.FromMinutes(5), failure);
        }

        Assert.Null(_gone.Get("groq"));
    }

    [Fact]
    public void DecommissionedIn400_CountsLikeARefusal()
    {
        Refuse(times: 5, every: TimeSpan.FromMinutes(4), new UpstreamFailure(UpstreamFailureKind.BadRequest) { StatusCode = 400, Message = Decommissioned });

        Assert.Equal(Decommissioned, _gone.Get("groq")?.Message);
    }

    [Fact]
    public async Task Gone_OneProbeAnHour_AFailedProbeWaitsAnotherHour_AndASuccessBringsItBack()
    {
        var returned = new List<string>();
        _gone.Returned += returned.Add;
        Refuse(times: 5, every: TimeSpan.FromMinutes(4), Payment());

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Null(await _tracker.TryBeginAttemptAsync("groq/a", "groq"));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull(await _tracker.TryBeginAttemptAsync("groq/a", "groq"));
        Assert.Null(await _tracker.TryBeginAttemptAsync("groq/b", "groq"));
        _tracker.RecordFailure("groq/a", "groq", Payment());

        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.Null(await _tracker.TryBeginAttemptAsync("groq/a", "groq"));
        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.NotNull(await _tracker.TryBeginAttemptAsync("groq/b", "groq"));
        _tracker.RecordSuccess("groq/b", "groq", TimeSpan.FromMilliseconds(300));

        Assert.Null(_gone.Get("groq"));
        Assert.Equal(["groq"], returned);
        Assert.NotNull(await _tracker.TryBeginAttemptAsync("groq/a", "groq"));
        Assert.NotNull(await _tracker.TryBeginAttemptAsync("groq/b", "groq"));
        Assert.Equal(2, _logger.Collector.GetSnapshot().Count(record => record.Level == LogLevel.Warning));
        Assert.Contains("groq is back", _logger.Collector.LatestRecord.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyShared_TakesWhatAnotherReplicaSaw_AndClearsWhatItNoLongerLists()
    {
        var since = _time.GetUtcNow().AddMinutes(-10);

        _gone.ApplyShared([new GoneStatus("groq", since, "Invalid API Key") { StatusCode = 401 }]);

        Assert.Equal("Invalid API Key", _gone.Get("groq")?.Message);
        Assert.False(_tracker.IsAvailable("groq/a", "groq"));

        _gone.ApplyShared([]);

        Assert.Null(_gone.Get("groq"));
        Assert.True(_tracker.IsAvailable("groq/a", "groq"));
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Theory]
    [InlineData("00:00:00", 5, "01:00:00", "Window")]
    [InlineData("00:15:00", 0, "01:00:00", "MinFailures")]
    [InlineData("00:15:00", 5, "-00:00:01", "ProbeInterval")]
    public void Validator_RefusesANonPositiveSetting(string window, int minFailures, string probeInterval, string named)
    {
        var options = new AvailabilityOptions
        {
            Gone = new GoneOptions { Window = TimeSpan.Parse(window, System.Globalization.CultureInfo.InvariantCulture), MinFailures = minFailures, ProbeInterval = TimeSpan.Parse(probeInterval, System.Globalization.CultureInfo.InvariantCulture) },
        };

        var result = new GoneOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Availability:Gone:{named}", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new GoneOptionsValidator().Validate(null, new AvailabilityOptions()).Succeeded);
    }

    private static UpstreamFailure Payment() => new(UpstreamFailureKind.PaymentRequired)
    {
        StatusCode = 402,
        Message = "You exceeded your current quota, please check your plan and billing details.",
        Scope = CooldownScope.Provider,
    };

    // Each refusal comes as the answer to a real attempt on one of the provider's models; the first comes now.
    private void Refuse(int times, TimeSpan every, UpstreamFailure failure)
    {
        for (var i = 0; i < times; i++)
        {
            if (i > 0)
            {
                _time.Advance(every);
            }

            _tracker.RecordFailure(i % 2 == 0 ? "groq/a" : "groq/b", "groq", failure);
        }
    }
}
