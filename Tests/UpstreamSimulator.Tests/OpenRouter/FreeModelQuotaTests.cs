using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.UpstreamSimulator.Tests.OpenRouter;

/// <summary>
/// The account-level limits on <c>:free</c> models, per API key (https://openrouter.ai/docs/api-reference/limits):
/// 20 requests a minute, 50 a day (1000 once 10 credits were bought), the day being the UTC day.
/// </summary>
public sealed class FreeModelQuotaTests
{
    private static readonly DateTimeOffset Evening = new(2026, 5, 1, 22, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwentyOneQuickRequests_OneKey_ExactlyOne429FreeModelsPerMin()
    {
        // https://openrouter.ai/docs/api-reference/limits: 20 requests per minute for :free models.
        await using var simulator = await TestSimulator.StartAsync(time: new FakeTimeProvider(Evening));
        using var client = simulator.Client();
        var models = new[] { TestSimulator.FreeToolModel, TestSimulator.FreeVisionModel, TestSimulator.FreeTextOnlyModel };

        var statuses = new List<HttpStatusCode>();
        string? lastMessage = null;
        for (var i = 0; i < 21; i++)
        {
            using var response = await client.ChatAsync(models[i % models.Length]);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                lastMessage = (await response.JsonAsync()).GetProperty("error").GetProperty("message").GetString();
            }
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal("Rate limit exceeded: free-models-per-min.", lastMessage);
    }

    [Fact]
    public async Task MinuteLimit_IsPerKey_AndFreesUpSixtySecondsAfterTheOldestRequest()
    {
        // https://openrouter.ai/docs/api-reference/limits: limits apply per account key on :free models.
        var clock = new FakeTimeProvider(Evening);
        await using var simulator = await TestSimulator.StartAsync(time: clock);
        using var client = simulator.Client();
        for (var i = 0; i < 20; i++)
        {
            (await client.ChatAsync(TestSimulator.FreeToolModel)).Dispose();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        using var limited = await client.ChatAsync(TestSimulator.FreeToolModel);
        using var otherKey = await client.ChatAsync(TestSimulator.FreeToolModel, key: TestSimulator.OtherKey);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(Evening.AddMinutes(1).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), limited.Header("X-RateLimit-Reset"));
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);

        clock.SetUtcNow(Evening.AddMinutes(1));
        using var again = await client.ChatAsync(TestSimulator.FreeToolModel);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task DailyLimit_FiftyRequests_Then429UntilUtcMidnight()
    {
        // https://openrouter.ai/docs/api-reference/limits: 50 free-model requests per day without credits, reset at UTC midnight.
        var clock = new FakeTimeProvider(Evening);
        await using var simulator = await TestSimulator.StartAsync(time: clock);
        using var client = simulator.Client();
        for (var i = 0; i < 50; i++)
        {
            using var ok = await client.ChatAsync(TestSimulator.FreeToolModel);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        using var limited = await client.ChatAsync(TestSimulator.FreeToolModel);
        var midnight = new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("50", limited.Header("X-RateLimit-Limit"));
        Assert.Equal(midnight.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), limited.Header("X-RateLimit-Reset"));
        Assert.StartsWith("Rate limit exceeded: free-models-per-day.", (await limited.JsonAsync()).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);

        clock.SetUtcNow(midnight.AddTicks(-1));
        using var stillLimited = await client.ChatAsync(TestSimulator.FreeToolModel);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillLimited.StatusCode);

        clock.SetUtcNow(midnight);
        using var nextDay = await client.ChatAsync(TestSimulator.FreeToolModel);
        Assert.Equal(HttpStatusCode.OK, nextDay.StatusCode);
    }

    [Fact]
    public async Task DailyLimit_KeyWithCredits_Allows1000()
    {
        // https://openrouter.ai/docs/api-reference/limits: 1000 free-model requests per day after buying at least 10 credits.
        var clock = new FakeTimeProvider(Evening);
        await using var simulator = await TestSimulator.StartAsync(o => o.OpenRouter.Quota.KeysWithCredits = [TestSimulator.Key], clock);
        using var client = simulator.Client();
        for (var i = 0; i < 1000; i++)
        {
            (await client.ChatAsync(TestSimulator.FreeToolModel)).Dispose();
            clock.Advance(TimeSpan.FromSeconds(3.1));
        }

        using var limited = await client.ChatAsync(TestSimulator.FreeToolModel);

        Assert.Equal(1000, simulator.Control.Requests.Count(r => r.Status == 200));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("1000", limited.Header("X-RateLimit-Limit"));
        Assert.Equal("Rate limit exceeded: free-models-per-day.", (await limited.JsonAsync()).GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task PaidModels_DoNotCountAgainstTheFreeQuota()
    {
        await using var simulator = await TestSimulator.StartAsync(time: new FakeTimeProvider(Evening));
        using var client = simulator.Client();

        for (var i = 0; i < 25; i++)
        {
            using var response = await client.ChatAsync(TestSimulator.PaidModel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var free = await client.ChatAsync(TestSimulator.FreeToolModel);
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
    }
}
