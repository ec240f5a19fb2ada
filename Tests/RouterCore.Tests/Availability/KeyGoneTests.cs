using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Availability;

/// <summary>Gone is per key: a dead key of a pool takes no traffic but its probe, and the provider is gone only when every key is.</summary>
public sealed class KeyGoneTests
{
    private const string Refusal = "You exceeded your current quota, please check your plan and billing details.";
    private static readonly string[] Keys = ["gsk-pool-key-one-0001", "gsk-pool-key-two-0002"];
    private static readonly AvailabilityOptions Settings = new()
    {
        Gone = new GoneOptions { Window = TimeSpan.FromMinutes(15), MinFailures = 5, ProbeInterval = TimeSpan.FromHours(1) },
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly ProviderKeyPools _pools;
    private readonly GoneTracker _gone;
    private readonly AvailabilityTracker _tracker;

    public KeyGoneTests()
    {
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "groq", ApiKey = Keys[0], ApiKeys = Keys[1..] }] });
        _pools = new ProviderKeyPools(providers);
        _gone = new GoneTracker(Options.Create(Settings), _time, NullLogger<GoneTracker>.Instance);
        _tracker = new AvailabilityTracker(Options.Create(Settings), new InMemoryQuotaCounter(new ProviderQuotaLimits(providers), _time), _pools, _gone, _time);
    }

    private ProviderKeyRing Ring => _pools.For("groq");

    [Fact]
    public async Task OneKeyRefusingForTheWindow_IsGone_TheOtherServesEveryAttempt_AndTheProviderIsNotGone()
    {
        Refuse(Ring.Numbered(2)!, times: 5);

        var gone = _gone.Get("groq:key2");
        Assert.Equal(("groq:key2", Refusal, 402), (gone?.Scope, gone?.Message, gone?.StatusCode));
        Assert.Null(_gone.Get("groq"));
        Assert.Null(_gone.GetProvider(Ring));
        Assert.NotEqual(AvailabilityState.Down, _tracker.GetState("groq/a").State);

        var numbers = new List<int?>();
        for (var i = 0; i < 6; i++)
        {
            numbers.Add((await _tracker.TryBeginAttemptAsync("groq/a", "groq"))?.Number);
        }

        Assert.All(numbers, number => Assert.Equal(1, number));
    }

    [Fact]
    public async Task GoneKey_GetsOneProbeAnInterval_AndIsBackOnItsSuccess()
    {
        var second = Ring.Numbered(2)!;
        Refuse(second, times: 5);

        _time.Advance(Settings.Gone.ProbeInterval);
        var keys = new List<int?>();
        for (var i = 0; i < 4; i++)
        {
            keys.Add((await _tracker.TryBeginAttemptAsync("groq/a", "groq"))?.Number);
        }

        Assert.Equal(1, keys.Count(number => number == 2));
        _tracker.RecordSuccess("groq/a", "groq", TimeSpan.FromMilliseconds(200), second);
        Assert.Null(_gone.Get("groq:key2"));
    }

    [Fact]
    public void EveryKeyGone_IsTheProviderGone_WithTheLastKeysStatus_AndItsModelsDown()
    {
        Refuse(Ring.Numbered(1)!, times: 5);
        _time.Advance(TimeSpan.FromMinutes(1));
        Refuse(Ring.Numbered(2)!, times: 5);

        var provider = _gone.GetProvider(Ring);
        Assert.Equal("groq:key2", provider?.Scope);
        Assert.Equal(AvailabilityState.Down, _tracker.GetState("groq/a").State);
        Assert.False(_tracker.IsAvailable("groq/a", "groq"));
    }

    // Refusals of the key 4 minutes apart (past its 1-minute cooldown): the fifth comes 16 minutes after the first.
    private void Refuse(ProviderKey key, int times)
    {
        for (var i = 0; i < times; i++)
        {
            if (i > 0)
            {
                _time.Advance(TimeSpan.FromMinutes(4));
            }

            var failure = new UpstreamFailure(UpstreamFailureKind.PaymentRequired)
            {
                StatusCode = 402,
                Message = Refusal,
                Scope = CooldownScope.Provider,
                CooldownUntil = _time.GetUtcNow().AddMinutes(1),
            };
            _tracker.RecordFailure("groq/a", "groq", failure, key);
        }
    }
}
