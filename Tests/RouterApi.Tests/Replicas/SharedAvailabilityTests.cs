extern alias simulator;

using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;
using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.DependencyInjection;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Replicas;

/// <summary>Two RouterApi replicas on one Redis act as one router: cooldowns and quotas are shared, and Redis going away loses nothing.</summary>
public sealed class SharedAvailabilityTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(3);

    [Fact]
    public async Task RateLimitSeenByReplicaA_StopsReplicaBFromChoosingThatModel_WithinASecond()
    {
        await using var replicas = await RouterReplicas.StartAsync(2, options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Model = Pool[0], Kind = FaultKinds.Upstream429, RetryAfterSeconds = 120, Count = 1 });
        });

        using (var response = await replicas.A.Client.PostAsync(ChatRequests.Body(Pool[0])))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("2", response.Header("x-router-attempts"));
        }

        var trackerB = replicas.B.Services.GetRequiredService<AvailabilityTracker>();
        await Eventually.UntilAsync(() => trackerB.GetState(Pool[0]).State == AvailabilityState.Cooling, "replica B sees the cooldown", TimeSpan.FromSeconds(1));
        for (var i = 0; i < 10; i++)
        {
            using var response = await replicas.B.Client.PostAsync(ChatRequests.Body(Pool[0]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(Pool[0], response.Header("x-router-model"));
        }

        Assert.Equal(1, replicas.A.Simulator.RequestCount(Pool[0]));
    }

    [Fact]
    public async Task SharedQuota_BothReplicasTogether_NeverExceedTheProvidersPerMinuteQuota()
    {
        const int perMinute = 10;
        await using var replicas = await RouterReplicas.StartAsync(2, options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Settings["Providers:openrouter:Quotas:RequestsPerMinute"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        var started = DateTimeOffset.UtcNow;

        var refused = 0;
        for (var i = 0; i < 3 * perMinute; i++)
        {
            using var response = await replicas.Hosts[i % 2].Client.PostAsync(ChatRequests.Body());
            refused += response.StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;
        }

        // The test may straddle a minute boundary: each window started may hold its own quota, never more.
        var windows = (int)(Minute(DateTimeOffset.UtcNow) - Minute(started)).TotalMinutes + 1;
        var sent = replicas.A.Simulator.ChatModels().Count;
        Assert.InRange(sent, perMinute, perMinute * windows);
        Assert.Equal(3 * perMinute, sent + refused);
    }

    [Fact]
    public async Task RedisKilledMidTest_NoRequestIsLost_AndBothReplicasRecoverWhenItReturns()
    {
        await using var replicas = await RouterReplicas.StartAsync(2, options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Model = Pool[1], Kind = FaultKinds.Upstream429, RetryAfterSeconds = 120, Count = 1 });
        });
        await SendAndExpectOkAsync(replicas, 6);

        replicas.A.Redis.Kill();
        await SendAndExpectOkAsync(replicas, 20);

        await replicas.A.Redis.RestartAsync();
        foreach (var host in replicas.Hosts)
        {
            await Eventually.UntilAsync(async () => (await host.Client.GetAsync(new Uri(host.BaseAddress, "health"))).IsSuccessStatusCode, "the replica is healthy again", TimeSpan.FromSeconds(20));
        }

        // Recovered: a cooldown seen by A reaches B again through the restarted Redis.
        using (var response = await replicas.A.Client.PostAsync(ChatRequests.Body(Pool[1])))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var trackerB = replicas.B.Services.GetRequiredService<AvailabilityTracker>();
        await Eventually.UntilAsync(() => trackerB.GetState(Pool[1]).State == AvailabilityState.Cooling, "replica B sees the cooldown after the restart", TimeSpan.FromSeconds(1));
        await SendAndExpectOkAsync(replicas, 6);
    }

    private static async Task SendAndExpectOkAsync(RouterReplicas replicas, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await replicas.Hosts[i % 2].Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static DateTimeOffset Minute(DateTimeOffset time) => new(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, TimeSpan.Zero);
}
