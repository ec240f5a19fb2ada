using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Availability;

/// <summary>A provider with several keys: each has its own quota and cooldown, and the provider serves while any key does.</summary>
public sealed class KeyPoolAvailabilityTests
{
    private static readonly string[] Keys = ["sk-or-v1-pool-key-one-0001", "sk-or-v1-pool-key-two-0002", "sk-or-v1-pool-key-three-0003"];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryBeginAttempt_SpreadsAttemptsOverTheKeysInTurn()
    {
        var tracker = Tracker();

        var numbers = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            numbers.Add((await tracker.TryBeginAttemptAsync("a", "openrouter"))!.Number);
        }

        Assert.Equal([1, 2, 3, 1, 2, 3], numbers);
    }

    [Fact]
    public async Task TryBeginAttempt_PreferredKeyUsable_TakesIt_AndOtherRequestsKeepTheirTurn()
    {
        var tracker = Tracker();

        var preferred = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            preferred.Add((await tracker.TryBeginAttemptAsync("a", "openrouter", preferredKeyNumber: 2))!.Number);
        }

        var inTurn = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            inTurn.Add((await tracker.TryBeginAttemptAsync("a", "openrouter"))!.Number);
        }

        Assert.Equal([2, 2, 2], preferred);
        Assert.Equal([1, 2, 3], inTurn);
    }

    [Fact]
    public async Task TryBeginAttempt_PreferredKeyCooling_TakesTheNextKeyInTurn()
    {
        var tracker = Tracker();
        _ = await tracker.TryBeginAttemptAsync("a", "openrouter");
        var refused = (await tracker.TryBeginAttemptAsync("a", "openrouter"))!;
        tracker.RecordFailure("a", "openrouter", new UpstreamFailure(UpstreamFailureKind.Unauthorized) { StatusCode = 401, Scope = CooldownScope.Provider }, refused);

        var numbers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add((await tracker.TryBeginAttemptAsync("a", "openrouter", preferredKeyNumber: refused.Number))!.Number);
        }

        Assert.Equal(2, refused.Number);
        Assert.Equal([3, 1, 3], numbers);
    }

    [Fact]
    public async Task TryBeginAttempt_PreferredKeysQuotaSpent_TakesTheNextKeyInTurn()
    {
        var tracker = Tracker(new QuotaOptions { RequestsPerDay = 2 });

        var numbers = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            numbers.Add((await tracker.TryBeginAttemptAsync("a", "openrouter", preferredKeyNumber: 1))!.Number);
        }

        Assert.Equal([1, 1, 2, 2], numbers);
    }

    [Fact]
    public async Task EachKeyHasItsOwnDailyQuota_ThePoolServesThreeTimesOneKeys_ThenRefusesUntilTheReset()
    {
        var tracker = Tracker(new QuotaOptions { RequestsPerDay = 4 });

        var served = new Dictionary<int, int>();
        for (var i = 0; i < 20; i++)
        {
            if (await tracker.TryBeginAttemptAsync("a", "openrouter") is { } key)
            {
                served[key.Number] = served.GetValueOrDefault(key.Number) + 1;
            }
        }

        Assert.Equal(new Dictionary<int, int> { [1] = 4, [2] = 4, [3] = 4 }, served);
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero), tracker.GetProviderCooldown("openrouter"));
        Assert.False(tracker.IsAvailable("a", "openrouter"));

        _time.Advance(TimeSpan.FromHours(12));
        Assert.NotNull(await tracker.TryBeginAttemptAsync("a", "openrouter"));
    }

    [Fact]
    public async Task UnauthorizedOnOneKey_CoolsThatKeyOnly_TheOthersKeepServingEveryModel()
    {
        var tracker = Tracker();
        var refused = (await tracker.TryBeginAttemptAsync("a", "openrouter"))!;

        tracker.RecordFailure("a", "openrouter", new UpstreamFailure(UpstreamFailureKind.Unauthorized) { StatusCode = 401, Scope = CooldownScope.Provider }, refused);

        Assert.NotNull(refused.CoolingUntil(_time.GetUtcNow()));
        Assert.Null(tracker.GetProviderCooldown("openrouter"));
        Assert.True(tracker.IsAvailable("a", "openrouter"));
        Assert.True(tracker.IsAvailable("b", "openrouter"));
        for (var i = 0; i < 6; i++)
        {
            var key = await tracker.TryBeginAttemptAsync(i % 2 == 0 ? "a" : "b", "openrouter");
            Assert.NotNull(key);
            Assert.NotEqual(refused.Number, key.Number);
        }
    }

    [Fact]
    public async Task EveryKeyCooling_TheProviderCoolsUntilTheFirstKeyIsBack()
    {
        var tracker = Tracker();
        var now = _time.GetUtcNow();
        for (var i = 0; i < Keys.Length; i++)
        {
            var key = (await tracker.TryBeginAttemptAsync("a", "openrouter"))!;
            tracker.RecordFailure("a", "openrouter", AccountQuota(now.AddMinutes(10 + key.Number)), key);
        }

        Assert.Equal(now.AddMinutes(11), tracker.GetProviderCooldown("openrouter"));
        Assert.False(tracker.IsAvailable("b", "openrouter"));
        Assert.Null(await tracker.TryBeginAttemptAsync("b", "openrouter"));
        Assert.Equal(AvailabilityState.Cooling, tracker.GetState("a").State);

        _time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, (await tracker.TryBeginAttemptAsync("b", "openrouter"))!.Number);
    }

    [Fact]
    public async Task CooldownFromAnotherReplica_ForKeyTwo_CoolsKeyTwoOnly()
    {
        var tracker = Tracker();

        tracker.ApplyRemoteCooldown(new CooldownNotice("a", "openrouter", CooldownScope.Provider, _time.GetUtcNow().AddMinutes(5), KeyNumber: 2));

        for (var i = 0; i < 4; i++)
        {
            Assert.NotEqual(2, (await tracker.TryBeginAttemptAsync("a", "openrouter"))!.Number);
        }
    }

    [Fact]
    public async Task KeyCooldown_IsAnnouncedWithTheKeysNumber()
    {
        var tracker = Tracker();
        var notices = new List<CooldownNotice>();
        tracker.CooledDown += notices.Add;
        _ = await tracker.TryBeginAttemptAsync("a", "openrouter");
        var second = (await tracker.TryBeginAttemptAsync("a", "openrouter"))!;

        tracker.RecordFailure("a", "openrouter", AccountQuota(_time.GetUtcNow().AddMinutes(1)), second);

        var notice = Assert.Single(notices);
        Assert.Equal((CooldownScope.Provider, "openrouter", 2), (notice.Scope, notice.Provider, notice.KeyNumber));
    }

    [Fact]
    public void KeysAreShownByLabelAndLastFourCharacters_NeverTheirValue()
    {
        var ring = new ProviderKeyPools(Options.Create(Providers(new QuotaOptions()))).For("openrouter");

        Assert.Equal(["openrouter key 1 (…0001)", "openrouter key 2 (…0002)", "openrouter key 3 (…0003)"], ring.Keys.Select(key => key.ToString()));
        Assert.Equal(Keys, ring.Keys.Select(key => key.Options.ApiKey));
        Assert.Equal(["openrouter", "openrouter:key2", "openrouter:key3"], ring.Keys.Select(key => key.QuotaScope));
    }

    private static UpstreamFailure AccountQuota(DateTimeOffset until) =>
        new(UpstreamFailureKind.RateLimited) { StatusCode = 429, Scope = CooldownScope.Provider, CooldownUntil = until };

    private static ProvidersOptions Providers(QuotaOptions quotas) => new()
    {
        All = [new ProviderOptions { Name = "openrouter", ApiKey = Keys[0], ApiKeys = Keys[1..], Quotas = quotas }],
    };

    private AvailabilityTracker Tracker(QuotaOptions? quotas = null)
    {
        var providers = Options.Create(Providers(quotas ?? new QuotaOptions()));
        return new AvailabilityTracker(Options.Create(new AvailabilityOptions()), new InMemoryQuotaCounter(new ProviderQuotaLimits(providers), _time), new ProviderKeyPools(providers), _time);
    }
}
