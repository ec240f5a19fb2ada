using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class ProviderQuotaLimitsTests
{
    [Fact]
    public void LearnRequestsPerDay_ReplacesTheShippedDefault()
    {
        var limits = Limits(new QuotaOptions().WithDefaults(QuotaOptions.OpenRouterFree));

        Assert.Equal(1000, limits.LearnRequestsPerDay("openrouter", 1000));
        Assert.Equal(1000, limits.For("openrouter").RequestsPerDay);
        Assert.Equal(20, limits.For("openrouter").RequestsPerMinute);
    }

    [Theory]
    [InlineData(300, 1000, 300)]
    [InlineData(300, 50, 50)]
    public void LearnRequestsPerDay_ConfiguredQuotaIsTheCeiling(int configured, int learned, int expected)
    {
        var limits = Limits(new QuotaOptions { RequestsPerDay = configured }.WithDefaults(QuotaOptions.OpenRouterFree));

        limits.LearnRequestsPerDay("openrouter", learned);

        Assert.Equal(expected, limits.For("openrouter").RequestsPerDay);
    }

    [Fact]
    public void LearnRequestsPerDay_SameQuotaAgain_ChangesNothing()
    {
        var limits = Limits(new QuotaOptions());
        limits.LearnRequestsPerDay("openrouter", 50);
        var learned = limits.For("openrouter");

        Assert.Null(limits.LearnRequestsPerDay("openrouter", 50));
        Assert.Same(learned, limits.For("openrouter"));
    }

    [Fact]
    public async Task InMemoryCounter_CountsAgainstTheLearnedQuota()
    {
        var limits = Limits(new QuotaOptions().WithDefaults(new QuotaOptions { RequestsPerDay = 1 }));
        var counter = new InMemoryQuotaCounter(limits, TimeProvider.System);

        limits.LearnRequestsPerDay("openrouter", 2);

        Assert.True((await counter.TryAcquireAsync("openrouter", "m")).Acquired);
        Assert.True((await counter.TryAcquireAsync("openrouter", "m")).Acquired);
        Assert.False((await counter.TryAcquireAsync("openrouter", "m")).Acquired);
    }

    private static ProviderQuotaLimits Limits(QuotaOptions quotas) =>
        new(Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "openrouter", Quotas = quotas }] }));
}
