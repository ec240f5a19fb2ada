using AspireRouter.TestSupport;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Hosting;

namespace AspireRouter.Browser.Tests;

/// <summary>The real services on loopback: Garnet, the simulator (in-process), RouterApi and AdminPortal (as processes).</summary>
internal sealed class RunningStack : IAsyncDisposable
{
    public const string AdminPassword = "browser-test-admin-password";
    public const string ClientKey = "browser-test-client-key-0123456789";

    private RunningStack(TestRedis redis, SimulatorHandle simulator, ServiceProcess router, ServiceProcess portal, string catalogPath)
    {
        Redis = redis;
        Simulator = simulator;
        Router = router;
        Portal = portal;
        CatalogPath = catalogPath;
    }

    public TestRedis Redis { get; }

    public SimulatorHandle Simulator { get; }

    public ServiceProcess Router { get; }

    public ServiceProcess Portal { get; }

    private string CatalogPath { get; }

    /// <param name="settings">More environment of both services, e.g. <c>Admin__RevalidationInterval</c>.</param>
    public static async Task<RunningStack> StartAsync(IReadOnlyList<string> modelIds, IReadOnlyDictionary<string, string>? settings = null)
    {
        var catalogPath = TestCatalog.Write(modelIds);
        var redis = await TestRedis.StartAsync(RedisKind.Garnet);
        var simulator = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Mode = SimulatorModes.ZeroLatency,
            OpenRouter = new OpenRouterOptions { CatalogPath = catalogPath, Quota = new OpenRouterQuotaOptions { Enabled = false } },
        });
        var shared = new Dictionary<string, string>
        {
            ["ConnectionStrings__redis"] = redis.ConnectionString,
            ["Providers__openrouter__BaseUrl"] = simulator.OpenRouterEndpoint.ToString().TrimEnd('/'),
            ["Providers__openrouter__ApiKey"] = "sk-or-v1-browser-test-upstream-key",
            ["Providers__openrouter__Quotas__RequestsPerMinute"] = "1000000",
            ["Providers__openrouter__Quotas__RequestsPerDay"] = "1000000",

            // The simulator's key endpoint says free tier (50 a day), which would lower the quota above.
            ["Providers__openrouter__Quotas__LearnFromUpstream"] = "false",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            shared[name] = value;
        }

        var router = await ServiceProcess.StartAsync("RouterApi", new Dictionary<string, string>(shared) { ["Router__ClientKeys__browser-test"] = ClientKey });
        var portal = await ServiceProcess.StartAsync("AdminPortal", new Dictionary<string, string>(shared) { ["Admin__Password"] = AdminPassword });
        return new RunningStack(redis, simulator, router, portal, catalogPath);
    }

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Router.DisposeAsync();
        await Simulator.DisposeAsync();
        await Redis.DisposeAsync();
        File.Delete(CatalogPath);
    }
}
