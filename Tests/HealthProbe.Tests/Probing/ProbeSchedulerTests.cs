extern alias simulator;

using AspireRouter.HealthProbe.Probing;
using AspireRouter.HealthProbe.Tests.Support;
using AspireRouter.TestSupport;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.DependencyInjection;
using simulator::AspireRouter.UpstreamSimulator.Configuration;
using StackExchange.Redis;

namespace AspireRouter.HealthProbe.Tests.Probing;

/// <summary>HealthProbe checks what traffic leaves alone, within a budget that never eats a meaningful share of a free quota.</summary>
public sealed class ProbeSchedulerTests
{
    [Fact]
    public async Task ProbeRound_OpenRoutersFiftyADay_SpendsAtMostTwoProbesADay()
    {
        await using var host = await HealthProbeTestHost.StartAsync(Simulator());
        var scheduler = host.Services.GetRequiredService<ProbeScheduler>();

        var first = await scheduler.RunRoundAsync(TestContext.Current.CancellationToken);
        var second = await scheduler.RunRoundAsync(TestContext.Current.CancellationToken);

        // 4% of OpenRouter's 50 free requests a day, rounded down: 2.
        Assert.Equal(2, first);
        Assert.Equal(0, second);
        Assert.Equal(2, ChatRequests(host).Count);
    }

    [Fact]
    public async Task ProbeRound_SkipsModelsTrafficUsedLately_AndCoolingModels()
    {
        await using var host = await HealthProbeTestHost.StartAsync(Simulator(), LargeBudget());
        var models = host.Services.GetRequiredService<CatalogStore>().Current.Models.Select(m => m.Id).ToList();
        var (idle, cooling) = (models[0], models[1]);
        await using var redis = await host.Redis.ConnectAsync();
        var health = new HealthRepository(redis);
        var events = new RouterEventPublisher(redis);
        foreach (var id in models.Skip(2))
        {
            await health.WriteAsync(id, new ModelHealthRecord(AvailabilityState.Available, 1, 300, null, null, DateTimeOffset.UtcNow), events);
        }

        var notice = new CooldownNotice(cooling, "openrouter", CooldownScope.Model, DateTimeOffset.UtcNow.AddMinutes(10));
        await redis.GetSubscriber().PublishAsync(RouterEventPublisher.Channel, CooldownMessage.Format(notice));
        var tracker = host.Services.GetRequiredService<AvailabilityTracker>();
        await Eventually.UntilAsync(() => !tracker.IsAvailable(cooling, "openrouter"), "HealthProbe applies the announced cooldown", TimeSpan.FromSeconds(1));

        var probed = await host.Services.GetRequiredService<ProbeScheduler>().RunRoundAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, probed);
        Assert.Equal([idle], ChatRequests(host));
    }

    [Fact]
    public async Task FailedProbe_CoolsTheModel_AndTellsEveryRouter()
    {
        var simulator = Simulator();
        simulator.Faults.Add(new FaultRule { Kind = FaultKinds.Upstream429, RetryAfterSeconds = 300 });
        await using var host = await HealthProbeTestHost.StartAsync(simulator, new Dictionary<string, string?>
        {
            ["Providers:openrouter:Quotas:RequestsPerDay"] = "25",
        });
        await using var redis = await host.Redis.ConnectAsync();

        Assert.Equal(1, await host.Services.GetRequiredService<ProbeScheduler>().RunRoundAsync(TestContext.Current.CancellationToken));

        var probedModel = Assert.Single(ChatRequests(host));
        await Eventually.UntilAsync(
            async () => (await redis.GetDatabase().HashGetAllAsync(RedisKeys.Cooldowns)).Any(e => ((string)e.Name!).EndsWith(probedModel, StringComparison.Ordinal)),
            "the probed model's cooldown is shared in Redis",
            TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task ProbeRound_NeverChatsWithAnEmbeddingModel()
    {
        await using var host = await HealthProbeTestHost.StartAsync(Simulator(), new Dictionary<string, string?>
        {
            ["ProviderDefaults"] = "false",
            ["Providers:openrouter:Enabled"] = "false",
            ["Providers:nvidia:ApiKey"] = "nvapi-simulated",
            ["Providers:nvidia:CatalogSource"] = "Static",
            ["Providers:nvidia:Quotas:RequestsPerDay"] = "100000",
            ["Providers:nvidia:Models:0:Id"] = "meta/llama-3.3-70b-instruct",
            ["Providers:nvidia:Models:1:Id"] = "baai/bge-m3",
            ["Providers:nvidia:Models:1:OutputModalities:0"] = "embeddings",
            ["Providers:nvidia:Models:1:Dimensions"] = "1024",
        }, baseUrls: simulator => new() { ["Providers:nvidia:BaseUrl"] = simulator.ProviderEndpoint("nvidia").ToString().TrimEnd('/') });

        var probed = await host.Services.GetRequiredService<ProbeScheduler>().RunRoundAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, probed);
        Assert.Equal(["meta/llama-3.3-70b-instruct"], ChatRequests(host));
    }

    private static SimulatorOptions Simulator() => new()
    {
        Mode = SimulatorModes.ZeroLatency,
        OpenRouter = { Quota = { Enabled = false } },
    };

    private static Dictionary<string, string?> LargeBudget() => new()
    {
        ["Providers:openrouter:Quotas:RequestsPerDay"] = "100000",
        ["Providers:openrouter:Quotas:RequestsPerMinute"] = "100000",
    };

    private static List<string> ChatRequests(HealthProbeTestHost host) =>
        [.. host.Simulator.Control.Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).Select(r => r.Model ?? "")];
}
