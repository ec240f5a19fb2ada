using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class InMemoryQuotaCounterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 23, 58, 30, TimeSpan.Zero));

    [Fact]
    public async Task TryAcquire_UpToThePerMinuteLimit_ThenRefusesUntilTheNextMinute()
    {
        var counter = Counter(new QuotaOptions { RequestsPerMinute = 3 });

        var first = await counter.TryAcquireAsync("openrouter", "a");
        Assert.True(first.Acquired);
        Assert.False(first.Status.IsSpent);
        Assert.True((await counter.TryAcquireAsync("openrouter", "b")).Acquired);
        var third = await counter.TryAcquireAsync("openrouter", "c");
        Assert.True(third.Acquired);

        Assert.True(third.Status.IsSpent);
        Assert.Equal(CooldownScope.Provider, third.Status.Scope);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 23, 59, 0, TimeSpan.Zero), third.Status.ResetsAt);
        Assert.False((await counter.TryAcquireAsync("openrouter", "d")).Acquired);

        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.True((await counter.TryAcquireAsync("openrouter", "d")).Acquired);
    }

    [Fact]
    public async Task TryAcquire_DailyLimit_ResetsAtUtcMidnight()
    {
        var counter = Counter(new QuotaOptions { RequestsPerDay = 2 });
        await counter.TryAcquireAsync("openrouter", "a");
        _time.Advance(TimeSpan.FromSeconds(40));
        var spent = await counter.TryAcquireAsync("openrouter", "a");

        Assert.Equal(new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero), spent.Status.ResetsAt);
        _time.Advance(TimeSpan.FromSeconds(49));
        Assert.False((await counter.TryAcquireAsync("openrouter", "a")).Acquired);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await counter.TryAcquireAsync("openrouter", "a")).Acquired);
    }

    [Fact]
    public async Task TryAcquire_BothWindowsSpent_ReportsTheDailyReset()
    {
        var counter = Counter(new QuotaOptions { RequestsPerMinute = 1, RequestsPerDay = 1 });

        var decision = await counter.TryAcquireAsync("openrouter", "a");

        Assert.Equal(new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero), decision.Status.ResetsAt);
    }

    [Fact]
    public async Task TryAcquire_PerModelLimit_SpendsOnlyThatModel()
    {
        var counter = Counter(new QuotaOptions { ModelRequestsPerMinute = 1 });

        var decision = await counter.TryAcquireAsync("gemini", "flash");

        Assert.True(decision.Status.IsSpent);
        Assert.Equal(CooldownScope.Model, decision.Status.Scope);
        Assert.False((await counter.TryAcquireAsync("gemini", "flash")).Acquired);
        Assert.True((await counter.TryAcquireAsync("gemini", "pro")).Acquired);
    }

    [Fact]
    public async Task TryAcquire_UnknownQuotas_NeverSpends()
    {
        var counter = Counter(new QuotaOptions());

        for (var i = 0; i < 1000; i++)
        {
            var decision = await counter.TryAcquireAsync("ollama", "llama");
            Assert.True(decision.Acquired);
            Assert.False(decision.Status.IsSpent);
        }
    }

    private InMemoryQuotaCounter Counter(QuotaOptions quotas) => new(
        new ProviderQuotaLimits(Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "openrouter", Quotas = quotas }, new ProviderOptions { Name = "gemini", Quotas = quotas }] })),
        _time);
}
