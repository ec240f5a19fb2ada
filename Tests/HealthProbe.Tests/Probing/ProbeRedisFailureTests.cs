extern alias simulator;

using AspireRouter.HealthProbe.Probing;
using AspireRouter.HealthProbe.Tests.Support;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.HealthProbe.Tests.Probing;

/// <summary>HealthProbe's probing survives a stalled Redis, and its shared probe budget cannot stay spent past its day.</summary>
public sealed class ProbeRedisFailureTests
{
    [Fact]
    public async Task RedisStalled_AProbeRoundSkipsInsteadOfFailing_AndProbesAgainOnceRedisGoesOn()
    {
        await using var host = await HealthProbeTestHost.StartAsync(
            new SimulatorOptions { Mode = SimulatorModes.ZeroLatency, OpenRouter = { Quota = { Enabled = false } } },
            new Dictionary<string, string?> { ["Providers:openrouter:Quotas:RequestsPerDay"] = "100000" },
            pausableRedis: true);
        var scheduler = host.Services.GetRequiredService<ProbeScheduler>();

        host.Redis.Pause();
        var stalled = await scheduler.RunRoundAsync(TestContext.Current.CancellationToken);
        host.Redis.Resume();
        var resumed = await scheduler.RunRoundAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, stalled);
        Assert.True(resumed > 0);
    }

    [Fact]
    public async Task ProbeBudgetWhoseExpiryWasLost_DoesNotSpendTheNextDaysProbes()
    {
        await using var redis = await TestRedis.StartAsync(RedisKind.Garnet);
        await using var connection = await redis.ConnectAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 23, 0, 0, TimeSpan.Zero));
        var budget = new ProbeBudget(connection, Options.Create(new ProbeOptions()), time);
        var openRouter = new ProviderOptions { Name = "openrouter", Quotas = new QuotaOptions { RequestsPerDay = 50 } };

        // 4% of 50 a day: two probes.
        Assert.True(await budget.TryConsumeAsync(openRouter));
        Assert.True(await budget.TryConsumeAsync(openRouter));
        Assert.False(await budget.TryConsumeAsync(openRouter));
        var key = RedisKeys.Quota("openrouter", ProbeBudget.Window, QuotaWindow.StartOf(time.GetUtcNow(), QuotaWindow.Day));
        Assert.InRange((await connection.GetDatabase().KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        Assert.True(await connection.GetDatabase().KeyPersistAsync(key));

        time.Advance(TimeSpan.FromHours(1));

        Assert.True(await budget.TryConsumeAsync(openRouter));
    }
}
