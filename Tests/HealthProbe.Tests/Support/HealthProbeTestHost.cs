extern alias simulator;

using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using simulator::AspireRouter.UpstreamSimulator.Configuration;
using simulator::AspireRouter.UpstreamSimulator.Hosting;

namespace AspireRouter.HealthProbe.Tests.Support;

/// <summary>HealthProbe in-process on a private Garnet, in front of an in-process UpstreamSimulator; probe rounds run when a test asks.</summary>
internal sealed class HealthProbeTestHost : IAsyncDisposable
{
    public const string UpstreamKey = "sk-or-v1-simulated-upstream-key";

    private readonly WebApplicationFactory<Program> _factory;

    private HealthProbeTestHost(WebApplicationFactory<Program> factory, SimulatorHandle simulator, TestRedis redis)
    {
        _factory = factory;
        Simulator = simulator;
        Redis = redis;
    }

    public SimulatorHandle Simulator { get; }

    public TestRedis Redis { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>The configuration another service needs to share this host's Redis and simulator.</summary>
    public Dictionary<string, string?> SharedSettings() => Shared(Redis, Simulator);

    /// <param name="pausableRedis">Whether the test stalls Redis with <see cref="TestRedis.Pause"/>.</param>
    /// <param name="baseUrls">Settings that depend on where the simulator listens (e.g. another provider's base URL).</param>
    public static async Task<HealthProbeTestHost> StartAsync(
        SimulatorOptions simulatorOptions,
        IDictionary<string, string?>? settings = null,
        bool pausableRedis = false,
        Func<SimulatorHandle, Dictionary<string, string?>>? baseUrls = null)
    {
        var redis = await TestRedis.StartAsync(RedisKind.Garnet, pausableRedis);
        var simulator = await SimulatorHost.StartAsync(simulatorOptions);
        var all = Shared(redis, simulator);
        all["Probe:Interval"] = "01:00:00";
        foreach (var (key, value) in (settings ?? new Dictionary<string, string?>()).Concat(baseUrls?.Invoke(simulator) ?? []))
        {
            all[key] = value;
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in all)
            {
                web.UseSetting(key, value);
            }
        });
        using var client = factory.CreateClient();
        await WaitUntilHealthyAsync(client);
        return new HealthProbeTestHost(factory, simulator, redis);
    }

    private static Dictionary<string, string?> Shared(TestRedis redis, SimulatorHandle simulator) => new()
    {
        ["ConnectionStrings:redis"] = redis.ConnectionString,
        ["Providers:openrouter:BaseUrl"] = simulator.OpenRouterEndpoint.ToString().TrimEnd('/'),
        ["Providers:openrouter:ApiKey"] = UpstreamKey,
    };

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Simulator.DisposeAsync();
        await Redis.DisposeAsync();
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!(await client.GetAsync("/health", timeout.Token)).IsSuccessStatusCode)
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
