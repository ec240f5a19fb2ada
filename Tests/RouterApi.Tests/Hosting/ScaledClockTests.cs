using AspireRouter.ServiceDefaults.Clock;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterApi.Tests.Hosting;

/// <summary>The compressed-time mode benchmarks run the simulator and the router in (<c>Clock:Speed</c>).</summary>
public sealed class ScaledClockTests
{
    private static readonly DateTimeOffset Epoch = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Midnight = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AtSpeed720_TwoRealMinutesAreOneDay_FromTheConfiguredStart()
    {
        var real = new FakeTimeProvider(Epoch);
        var clock = new ScaledTimeProvider(real, 720, Epoch, Midnight);

        Assert.Equal(Midnight, clock.GetUtcNow());
        real.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(Midnight.AddHours(1), clock.GetUtcNow());
        real.Advance(TimeSpan.FromSeconds(115));
        Assert.Equal(Midnight.AddDays(1), clock.GetUtcNow());
    }

    [Fact]
    public void TwoServicesGivenTheSameClockSettings_ReadTheSameTime()
    {
        var real = new FakeTimeProvider(Epoch.AddSeconds(37));

        var simulator = new ScaledTimeProvider(real, 720, Epoch, Midnight);
        var router = new ScaledTimeProvider(real, 720, Epoch, Midnight);

        Assert.Equal(simulator.GetUtcNow(), router.GetUtcNow());
        Assert.Equal(Midnight.AddSeconds(37 * 720), router.GetUtcNow());
    }

    [Fact]
    public void NoClockSettings_TheSystemClock()
    {
        using var services = Services([]);

        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void SpeedSet_AScaledClockAtThatSpeed()
    {
        using var services = Services(new() { ["Clock:Speed"] = "1440", ["Clock:Epoch"] = "2026-12-05T09:00:00Z", ["Clock:StartsAt"] = "2026-06-01T00:00:00Z" });

        var clock = Assert.IsType<ScaledTimeProvider>(services.GetRequiredService<TimeProvider>());
        Assert.Equal(1440, clock.Speed);
    }

    [Theory]
    [InlineData("0", null)]
    [InlineData("0.5", null)]
    [InlineData("NaN", null)]
    [InlineData("1000000", null)]
    [InlineData("720", "2026-06-01T00:00:00Z")]
    public void InvalidClockSettings_AreRefusedAtStart(string speed, string? startsAtWithoutEpoch)
    {
        using var services = Services(new() { ["Clock:Speed"] = speed, ["Clock:StartsAt"] = startsAtWithoutEpoch });

        var refusal = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ClockOptions>>().Value);
        Assert.Contains("Clock:", refusal.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddClock();
        return services.BuildServiceProvider();
    }
}
