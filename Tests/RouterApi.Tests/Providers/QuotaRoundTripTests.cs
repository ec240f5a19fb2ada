using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>A chat request to OpenRouter under its free limits counts against both of them in one Redis round trip.</summary>
public sealed class QuotaRoundTripTests
{
    // On redis-server: Garnet fills INFO commandstats only with --commandstats-monitor, and counts a transaction's commands twice.
    [Fact]
    public async Task ChatToOpenRouter_UnderItsMinuteAndDayLimits_ReservesBothInOneTransaction()
    {
        await using var redis = await TestRedis.StartAsync(RedisKind.Server);
        await using var stats = await RedisCommandStats.ConnectAsync(redis);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.SharedRedis = redis;

            // A clock that stands still holds back the router's once-a-second publishing, so what is counted is the request's.
            options.Time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
            options.Settings["Providers:openrouter:Quotas:RequestsPerMinute"] = "20";
            options.Settings["Providers:openrouter:Quotas:RequestsPerDay"] = "50";
        });

        for (var request = 1; request <= 2; request++)
        {
            var sent = await stats.CountAsync(
                async () =>
                {
                    using var response = await host.Client.PostAsync(ChatRequests.Body());
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                },
                "multi",
                "exec",
                "incr",
                "incrby");

            Assert.Equal(1, sent["multi"]);
            Assert.Equal(1, sent["exec"]);
            Assert.Equal(2, sent["incr"] + sent["incrby"]);
        }
    }
}
