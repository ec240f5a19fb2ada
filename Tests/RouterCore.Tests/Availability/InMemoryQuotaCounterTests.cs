using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class InMemoryQuotaCounterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 23, 58, 30, TimeSpan.Zero));

    [Fact]
    public void TryAcquire_UpToThePerMinuteLimit_ThenRefusesUntilTheNextMinute()
    {
        var counter = Counter(new QuotaOptions { RequestsPerMinute = 3 });

        Assert.True(counter.TryAcquire("openrouter", "a", out var first));
        Assert.False(first.IsSpent);
        Assert.True(counter.TryAcquire("openrouter", "b", out _));
        Assert.True(counter.TryAcquire("openrouter", "c", out var third));

        Assert.True(third.IsSpent);
        Assert.Equal(CooldownScope.Provider, third.Scope);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 23, 59, 0, TimeSpan.Zero), third.ResetsAt);
        Assert.False(counter.TryAcquire("openrouter", "d", out _));

        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.True(counter.TryAcquire("openrouter", "d", out _));
    }

    [Fact]
    public void TryAcquire_DailyLimit_ResetsAtUtcMidnight()
    {
        var counter = Counter(new QuotaOptions { RequestsPerDay = 2 });
        counter.TryAcquire("openrouter", "a", out _);
        _time.Advance(TimeSpan.FromSeconds(40));
        counter.TryAcquire("openrouter", "a", out var spent);

        Assert.Equal(new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero), spent.ResetsAt);
        _time.Advance(TimeSpan.FromSeconds(49));
        Assert.True(counter.GetStatus("openrouter", "a").IsSpent);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(counter.GetStatus("openrouter", "a").IsSpent);
        Assert.True(counter.TryAcquire("openrouter", "a", out _));
    }

    [Fact]
    public void TryAcquire_BothWindowsSpent_ReportsTheDailyReset()
    {
        var counter = Counter(new QuotaOptions { RequestsPerMinute = 1, RequestsPerDay = 1 });

        counter.TryAcquire("openrouter", "a", out var status);

        Assert.Equal(new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero), status.ResetsAt);
    }

    [Fact]
    public void TryAcquire_PerModelLimit_SpendsOnlyThatModel()
    {
        var counter = Counter(new QuotaOptions { ModelRequestsPerMinute = 1 });

        counter.TryAcquire("gemini", "flash", out var status);

        Assert.True(status.IsSpent);
        Assert.Equal(CooldownScope.Model, status.Scope);
        Assert.False(counter.TryAcquire("gemini", "flash", out _));
        Assert.True(counter.TryAcquire("gemini", "pro", out _));
    }

    [Fact]
    public void TryAcquire_UnknownQuotas_NeverSpends()
    {
        var counter = Counter(new QuotaOptions());

        for (var i = 0; i < 1000; i++)
        {
            Assert.True(counter.TryAcquire("ollama", "llama", out var status));
            Assert.False(status.IsSpent);
        }
    }

    private InMemoryQuotaCounter Counter(QuotaOptions quotas) => new(
        Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "openrouter", Quotas = quotas }, new ProviderOptions { Name = "gemini", Quotas = quotas }] }),
        _time);
}
