extern alias simulator;

using System.Globalization;
using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Time.Testing;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>Images go through the same routing pipeline as chat: quota reservations, resets and in-flight load behave alike.</summary>
public sealed class ImageRoutingPipelineTests
{
    [Fact]
    public async Task ImageQuotaSpentByAnotherReplica_ReservationFails_AnswersTooManyRequestsWithTheEarliestReset()
    {
        await using var host = await ImagePool.StartAsync(options => options.Settings["Providers:openrouter:Quotas:RequestsPerMinute"] = "1");

        // Another replica spent this minute's request: the shared counter says so, and this replica has heard nothing of it,
        // so its plan still holds every image model and each reservation is refused on the way.
        await using (var redis = await host.Redis.ConnectAsync())
        {
            // This minute's counter and the next one's, so a minute turning over between here and the request changes nothing.
            var minute = QuotaWindow.StartOf(DateTimeOffset.UtcNow, QuotaWindow.Minute);
            foreach (var start in new[] { minute, minute + QuotaWindow.Minute })
            {
                await redis.GetDatabase().StringSetAsync(RedisKeys.Quota("openrouter", RedisKeys.MinuteWindow, start), 1, TimeSpan.FromMinutes(2));
            }
        }

        using var refused = await host.Client.PostImagesAsync(ImageRequests.Body("free"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(refused.Header("Retry-After")!, CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("0", refused.Header("x-router-attempts"));
        Assert.Empty(host.Simulator.ChatModels());
    }

    [Fact]
    public async Task ImageAttemptUnderWay_IsCountedInFlight_UntilItEnds()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await ImagePool.StartAsync(options =>
        {
            options.Time = clock;
            options.SimulatorSharesClock = true;
            options.Simulator.Latency.Add(new LatencyRule { TimeToFirstTokenMs = (int)TimeSpan.FromHours(1).TotalMilliseconds });
        });
        var model = ImagePool.ImageModels[0];

        var pending = host.Client.PostImagesAsync(ImageRequests.Body(model));
        await Eventually.UntilAsync(
            async () =>
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                return (await host.StatusAsync()).InFlight(model) == 1;
            },
            "the image attempt is counted in flight");

        clock.Advance(TimeSpan.FromHours(1));
        using (var response = await pending)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Eventually.UntilAsync(
            async () =>
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                return (await host.StatusAsync()).InFlight(model) == 0;
            },
            "the finished image attempt leaves the count");
    }
}
