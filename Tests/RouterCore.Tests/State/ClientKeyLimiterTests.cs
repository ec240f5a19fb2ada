using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.Tests.State;

/// <summary>Replicas counting a client key's limits in Redis let exactly its limit through between them, and count alone while Redis stalls.</summary>
public sealed class ClientKeyLimiterTests
{
    private static readonly IOptions<ProvidersOptions> NoProviders = Options.Create(new ProvidersOptions());

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task TwoReplicas_ConcurrentRequests_TogetherGetExactlyTheMinuteLimit(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        ClientKeyLimiter[] replicas = [Limiter(state.Connection, state.Budget, state.Time), Limiter(state.Connection, state.Budget, state.Time)];
        var limits = new ClientKeyLimits { RequestsPerMinute = 10 };

        var decisions = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => replicas[i % 2].TryAcquireAsync("ci-bot", limits).AsTask()));

        Assert.Equal(10, decisions.Count(decision => decision.Allowed));
        Assert.All(decisions.Where(decision => !decision.Allowed), decision => Assert.Equal("10 requests per minute", decision.Limit));
        Assert.True((await replicas[0].TryAcquireAsync("other", limits)).Allowed);
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task RequestsRefusedByTheMinute_DoNotSpendTheDay(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var limiter = Limiter(state.Connection, state.Budget, state.Time);
        var limits = new ClientKeyLimits { RequestsPerMinute = 2, RequestsPerDay = 5 };

        var served = 0;
        ClientKeyLimitDecision last = default;
        for (var minute = 0; minute < 3; minute++)
        {
            for (var i = 0; i < 4; i++)
            {
                last = await limiter.TryAcquireAsync("ci-bot", limits);
                served += last.Allowed ? 1 : 0;
            }

            state.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(5, served);
        Assert.Equal("5 requests per day", last.Limit);
    }

    [Fact]
    public async Task DailyShare_IsThatShareOfTheKnownDailyQuotasOfTheProvidersThatServe()
    {
        await using var state = await StateTestContext.StartAsync(RedisKind.Garnet);
        var providers = Options.Create(new ProvidersOptions
        {
            All =
            [
                new ProviderOptions { Name = "openrouter", ApiKey = "sk-or", Quotas = new QuotaOptions { RequestsPerDay = 50 } },
                new ProviderOptions { Name = "groq", ApiKey = "gsk", Quotas = new QuotaOptions { RequestsPerDay = 1000 } },
                new ProviderOptions { Name = "nim", ApiKey = "nvapi", Quotas = new QuotaOptions { RequestsPerMinute = 40 } },
                new ProviderOptions { Name = "off", ApiKey = "k", Enabled = false, Quotas = new QuotaOptions { RequestsPerDay = 100_000 } },
            ],
        });
        var limiter = new ClientKeyLimiter(state.Connection, state.Budget, providers, state.Time, NullLogger<ClientKeyLimiter>.Instance);
        var limits = new ClientKeyLimits { DailyShare = 0.1, RequestsPerDay = 500 };

        var served = 0;
        ClientKeyLimitDecision refused = default;
        for (var i = 0; i < 120; i++)
        {
            var decision = await limiter.TryAcquireAsync("ci-bot", limits);
            served += decision.Allowed ? 1 : 0;
            refused = decision.Allowed ? refused : decision;
        }

        Assert.Equal(105, served);
        Assert.Equal("10% of the pool's daily quota (105 requests per day)", refused.Limit);
        Assert.Equal(TimeSpan.FromHours(12), refused.RetryAfter);
    }

    [Fact]
    public async Task DailyShare_WithoutAnyKnownDailyQuota_LimitsNothing_AndTouchesNoRedis()
    {
        await using var state = await StateTestContext.StartAsync(RedisKind.Garnet);
        var limiter = Limiter(state.Connection, state.Budget, state.Time);

        for (var i = 0; i < 50; i++)
        {
            Assert.True((await limiter.TryAcquireAsync("ci-bot", new ClientKeyLimits { DailyShare = 0.01 })).Allowed);
        }

        Assert.Empty(state.Connection.GetServers()[0].Keys(pattern: "ar:keylimit:*"));
    }

    [Fact]
    public async Task RedisStalled_CountsInThisProcessWithinTheBudget_AndStillRefusesPastTheLimit()
    {
        await using var redis = await TestRedis.StartAsync(RedisKind.Garnet, pausable: true);
        await using var connection = await redis.ConnectAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var budget = new RedisBudget(Options.Create(new RedisBudgetOptions()), time);
        var limiter = Limiter(connection, budget, time);
        var limits = new ClientKeyLimits { RequestsPerMinute = 2 };

        redis.Pause();
        try
        {
            var decisions = new List<ClientKeyLimitDecision>();
            for (var i = 0; i < 3; i++)
            {
                var waiting = limiter.TryAcquireAsync("ci-bot", limits).AsTask();
                time.Advance(budget.Limit);
                decisions.Add(await waiting.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
            }

            Assert.Equal([true, true, false], decisions.Select(decision => decision.Allowed));
            Assert.Equal("2 requests per minute", decisions[2].Limit);
        }
        finally
        {
            redis.Resume();
        }
    }

    private static ClientKeyLimiter Limiter(IConnectionMultiplexer connection, RedisBudget budget, TimeProvider time) =>
        new(connection, budget, NoProviders, time, NullLogger<ClientKeyLimiter>.Instance);
}
