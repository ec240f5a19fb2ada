using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterApi.Tests.Auth;

/// <summary>Per-key limits: a key past its limit gets 429 with Retry-After before any upstream call, and other keys go on being served.</summary>
public sealed class ClientKeyLimitTests
{
    private const string LimitedKey = "limited-client-key-0123456789";

    [Fact]
    public async Task KeyLimitedToTenAMinute_OnTwoReplicas_GetsItsEleventhRefused_WhileAnotherKeyIsServed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 18, TimeSpan.Zero));
        await using var replicas = await RouterReplicas.StartAsync(2, options => Limit(options, clock, "RequestsPerMinute", "10"));
        using var limitedA = LimitedClient(replicas.A);
        using var limitedB = LimitedClient(replicas.B);

        for (var i = 0; i < 10; i++)
        {
            using var served = await (i % 2 == 0 ? limitedA : limitedB).PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using var refused = await limitedB.PostAsync(ChatRequests.Body());
        using var otherKeyOnA = await replicas.A.Client.PostAsync(ChatRequests.Body());
        using var otherKeyOnB = await replicas.B.Client.PostAsync(ChatRequests.Body());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("42", refused.Header("Retry-After"));
        await AssertOpenAiErrorAsync(refused, "This key's limit of 10 requests per minute is reached; try again in 42 s.");
        Assert.Equal(HttpStatusCode.OK, otherKeyOnA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherKeyOnB.StatusCode);
        Assert.Equal(12, replicas.A.Simulator.ChatModels().Count);
        await using var observer = await replicas.A.Redis.ConnectAsync();
        var minute = QuotaWindow.StartOf(clock.GetUtcNow(), QuotaWindow.Minute);
        Assert.True(await observer.GetDatabase().KeyExistsAsync(RedisKeys.ClientKeyLimit("limited", RedisKeys.MinuteWindow, minute)));
        Assert.False(await observer.GetDatabase().KeyExistsAsync(RedisKeys.ClientKeyLimit("test", RedisKeys.MinuteWindow, minute)), "a key without limits is not counted");

        clock.Advance(TimeSpan.FromSeconds(42));
        using var nextMinute = await limitedA.PostAsync(ChatRequests.Body());
        Assert.Equal(HttpStatusCode.OK, nextMinute.StatusCode);
    }

    [Fact]
    public async Task KeyLimitedPerDay_IsRefusedUntilUtcMidnight_AndServedAfterIt()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 23, 59, 30, TimeSpan.Zero));
        await using var host = await RouterTestHost.StartAsync(options => Limit(options, clock, "RequestsPerDay", "3"));
        using var limited = LimitedClient(host);
        for (var i = 0; i < 3; i++)
        {
            using var served = await limited.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using var refused = await limited.PostAsync(ChatRequests.Body());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("30", refused.Header("Retry-After"));
        await AssertOpenAiErrorAsync(refused, "This key's limit of 3 requests per day is reached; try again in 30 s.");

        clock.Advance(TimeSpan.FromSeconds(30));
        using var nextDay = await limited.PostAsync(ChatRequests.Body());
        Assert.Equal(HttpStatusCode.OK, nextDay.StatusCode);
    }

    [Fact]
    public async Task KeyWithADailyShare_IsRefusedPastThatShareOfThePoolsDailyQuota()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            Limit(options, clock, "DailyShare", "0.5");
            options.Settings["Providers:openrouter:Quotas:RequestsPerDay"] = "8";
        });
        using var limited = LimitedClient(host);
        for (var i = 0; i < 4; i++)
        {
            using var served = await limited.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using var refused = await limited.PostAsync(ChatRequests.Body());
        using var otherKey = await host.Client.PostAsync(ChatRequests.Body());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        await AssertOpenAiErrorAsync(refused, "This key's limit of 50% of the pool's daily quota (4 requests per day) is reached; try again in 43200 s.");
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }

    [Fact]
    public async Task KeyPastItsLimit_OnMessages_GetsAnthropicsError_AndReadsNeverCount()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        await using var host = await RouterTestHost.StartAsync(options => Limit(options, clock, "RequestsPerMinute", "1"));
        using var limited = LimitedClient(host);
        for (var i = 0; i < 3; i++)
        {
            using var models = await limited.GetAsync("v1/models", TestContext.Current.CancellationToken);
            using var status = await limited.GetAsync("v1/router/status", TestContext.Current.CancellationToken);
            using var tokens = await host.PostMessagesAsync(MessagesRequests.Body(), "v1/messages/count_tokens", LimitedKey);
            Assert.Equal(HttpStatusCode.OK, models.StatusCode);
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
            Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        }

        using var served = await host.PostMessagesAsync(MessagesRequests.Body(), apiKey: LimitedKey);
        using var refused = await host.PostMessagesAsync(MessagesRequests.Body(), apiKey: LimitedKey);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Header("Retry-After"));
        var error = await refused.JsonAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("rate_limit_error", error.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal("This key's limit of 1 request per minute is reached; try again in 60 s.", error.GetProperty("error").GetProperty("message").GetString());
        Assert.Single(host.Simulator.ChatModels());
    }

    [Fact]
    public async Task RedisPaused_KeyWithLimits_IsStillServedPromptly()
    {
        await using var redis = await TestRedis.StartAsync(RedisKind.Garnet, pausable: true);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.SharedRedis = redis;
            options.Settings["Router:ClientKeys:limited"] = LimitedKey;
            options.Settings["Router:ClientKeyLimits:limited:RequestsPerDay"] = "100";
        });
        using var limited = LimitedClient(host);
        using (var before = await limited.PostAsync(ChatRequests.Body()))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        redis.Pause();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await limited.PostAsync(ChatRequests.Body());
                var took = Stopwatch.GetElapsedTime(started);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);

                // Far below the 5 s a Redis command waits before it times out: the request waited on the budget, not on Redis.
                Assert.True(took < TimeSpan.FromSeconds(3), $"answered after {took.TotalMilliseconds:F0} ms");
            }
        }
        finally
        {
            redis.Resume();
        }
    }

    private static void Limit(RouterTestHostOptions options, TimeProvider clock, string limit, string value)
    {
        options.Time = clock;
        options.Settings["Router:ClientKeys:limited"] = LimitedKey;
        options.Settings[$"Router:ClientKeyLimits:limited:{limit}"] = value;
    }

    private static HttpClient LimitedClient(RouterTestHost host)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LimitedKey);
        return client;
    }

    private static async Task AssertOpenAiErrorAsync(HttpResponseMessage response, string message)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = body.RootElement.GetProperty("error");
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("requests", error.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("param").ValueKind);
        Assert.Equal("rate_limit_exceeded", error.GetProperty("code").GetString());
    }
}
