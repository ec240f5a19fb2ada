using AspireRouter.TestSupport;
using StackExchange.Redis;

namespace AspireRouter.EndToEnd.Tests;

public sealed class FoundationTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Theory]
    [InlineData("garnet")]
    [InlineData("server")]
    public async Task AppHost_StartsEveryResourceHealthy_SharesRedis_AndExportsTraces(string redisMode)
    {
        if (redisMode == "server")
        {
            SystemBinary.Require("redis-server", "apt-get install redis-server");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(StartTimeout);
        await using var stack = await RunningStack.StartAsync([$"--Redis:Mode={redisMode}"], timeout.Token);

        foreach (var service in RunningStack.Services)
        {
            using var client = stack.App.CreateHttpClient(service);
            foreach (var path in new[] { "/alive", "/health" })
            {
                using var response = await client.GetAsync(path, timeout.Token);
                Assert.True(response.IsSuccessStatusCode, $"{service} {client.BaseAddress}{path.TrimStart('/')} answered {(int)response.StatusCode}");
            }
        }

        var connectionString = await stack.App.GetConnectionStringAsync("redis", timeout.Token);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connectionString!);
        var present = (await redis.GetDatabase().HashKeysAsync("ar:services")).Select(k => k.ToString()).ToHashSet();
        Assert.Superset(new HashSet<string> { "RouterApi", "HealthProbe", "AdminPortal" }, present);

        var marker = $"trace-probe-{Guid.NewGuid():N}";
        using (var router = stack.App.CreateHttpClient("routerapi"))
        {
            using var _ = await router.GetAsync($"/{marker}", timeout.Token);
        }

        await stack.Otlp.WaitForSpanContainingAsync(marker, timeout.Token);
    }
}
