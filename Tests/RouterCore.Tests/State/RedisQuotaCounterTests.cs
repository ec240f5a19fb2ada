using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.State;

/// <summary>Replicas counting one provider's quota in Redis let exactly the quota through between them.</summary>
public sealed class RedisQuotaCounterTests
{
    [Theory]
    [InlineData(RedisKind.Garnet, 20)]
    [InlineData(RedisKind.Server, 20)]
    [InlineData(RedisKind.Garnet, 1000)]
    [InlineData(RedisKind.Server, 1000)]
    public async Task TwoReplicas_TogetherUseExactlyTheDailyQuota(RedisKind kind, int perDay)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "groq", Quotas = new QuotaOptions { RequestsPerDay = perDay } }] });
        RedisQuotaCounter[] replicas =
        [
            new(state.Connection, state.Budget, new ProviderQuotaLimits(providers), state.Time, NullLogger<RedisQuotaCounter>.Instance),
            new(state.Connection, state.Budget, new ProviderQuotaLimits(providers), state.Time, NullLogger<RedisQuotaCounter>.Instance),
        ];

        var acquired = 0;
        var sawSpent = false;
        for (var i = 0; i < perDay * 2; i++)
        {
            var decision = await replicas[i % 2].TryAcquireAsync("groq", "llama");
            acquired += decision.Acquired ? 1 : 0;
            sawSpent |= decision.Status.IsSpent;
        }

        Assert.Equal(perDay, acquired);
        Assert.True(sawSpent);
    }

    [Theory]
    [InlineData(RedisKind.Garnet, 100)]
    [InlineData(RedisKind.Server, 100)]
    [InlineData(RedisKind.Garnet, 5000)]
    [InlineData(RedisKind.Server, 5000)]
    public async Task ManyConcurrentRequests_OnTwoReplicas_NeitherExceedNorWasteTheQuota(RedisKind kind, int perDay)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "groq", Quotas = new QuotaOptions { RequestsPerDay = perDay } }] });
        RedisQuotaCounter[] replicas =
        [
            new(state.Connection, state.Budget, new ProviderQuotaLimits(providers), state.Time, NullLogger<RedisQuotaCounter>.Instance),
            new(state.Connection, state.Budget, new ProviderQuotaLimits(providers), state.Time, NullLogger<RedisQuotaCounter>.Instance),
        ];

        var decisions = await Task.WhenAll(Enumerable.Range(0, perDay * 3).Select(i => replicas[i % 2].TryAcquireAsync("groq", "llama").AsTask()));

        Assert.Equal(perDay, decisions.Count(decision => decision.Acquired));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task UpstreamSaysThreeLeft_TwoReplicasTogetherLetExactlyThreeMore(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var (first, second) = Replicas(state, new QuotaOptions { RequestsPerDay = 150 });
        Assert.True((await first.TryAcquireAsync("groq", "llama")).Acquired);
        Assert.True((await second.TryAcquireAsync("groq", "llama")).Acquired);

        await first.CorrectAsync("groq", "llama", new RateLimitRemaining(CooldownScope.Provider, 3, QuotaWindow.EndOf(state.Time.GetUtcNow(), QuotaWindow.Day)));

        var acquired = 0;
        for (var i = 0; i < 20; i++)
        {
            acquired += (await (i % 2 == 0 ? second : first).TryAcquireAsync("groq", "llama")).Acquired ? 1 : 0;
        }

        Assert.Equal(3, acquired);
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task UpstreamSaysThreeLeft_WhileRedisStalls_TheCallerGoesOn_AndTheReplicasNextRequestWaitsForTheCorrection(RedisKind kind)
    {
        await using var redis = await TestRedis.StartAsync(kind, pausable: true);
        await using var connection = await redis.ConnectAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var budget = new RedisBudget(Options.Create(new RedisBudgetOptions()), time);
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "groq", Quotas = new QuotaOptions { RequestsPerDay = 10 } }] });
        var counter = new RedisQuotaCounter(connection, budget, new ProviderQuotaLimits(providers), time, NullLogger<RedisQuotaCounter>.Instance);
        Assert.True((await counter.TryAcquireAsync("groq", "llama")).Acquired);

        redis.Pause();
        counter.Correct("groq", "llama", new RateLimitRemaining(CooldownScope.Provider, 3, QuotaWindow.EndOf(time.GetUtcNow(), QuotaWindow.Day)));
        var next = counter.TryAcquireAsync("groq", "llama").AsTask();
        Assert.False(next.IsCompleted);
        redis.Resume();

        // Had the next request incremented the counter the correction was about to set, it would have been one too many.
        var acquired = (await next.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)).Acquired ? 1 : 0;
        for (var i = 0; i < 10; i++)
        {
            acquired += (await counter.TryAcquireAsync("groq", "llama")).Acquired ? 1 : 0;
        }

        Assert.Equal(3, acquired);
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task UpstreamSaysThreeLeft_OfALargeQuota_TheReplicaThatReadItKeepsOnlyThreeOfItsBlock(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var (first, _) = Replicas(state, new QuotaOptions { RequestsPerDay = 1000 });
        Assert.True((await first.TryAcquireAsync("groq", "llama")).Acquired);

        await first.CorrectAsync("groq", "llama", new RateLimitRemaining(CooldownScope.Provider, 3, QuotaWindow.EndOf(state.Time.GetUtcNow(), QuotaWindow.Day)));

        var acquired = 0;
        for (var i = 0; i < 20; i++)
        {
            acquired += (await first.TryAcquireAsync("groq", "llama")).Acquired ? 1 : 0;
        }

        Assert.Equal(3, acquired);
        Assert.Equal(1000, (long)await state.Connection.GetDatabase().StringGetAsync(RedisKeys.Quota("groq", RedisKeys.DayWindow, QuotaWindow.StartOf(state.Time.GetUtcNow(), QuotaWindow.Day))));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task UpstreamSaysMoreLeftThanCounted_TheQuotaIsNotRaised(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var (first, second) = Replicas(state, new QuotaOptions { RequestsPerDay = 10 });
        for (var i = 0; i < 4; i++)
        {
            Assert.True((await first.TryAcquireAsync("groq", "llama")).Acquired);
        }

        await second.CorrectAsync("groq", "llama", new RateLimitRemaining(CooldownScope.Provider, 1000, QuotaWindow.EndOf(state.Time.GetUtcNow(), QuotaWindow.Day)));

        var acquired = 0;
        for (var i = 0; i < 20; i++)
        {
            acquired += (await (i % 2 == 0 ? second : first).TryAcquireAsync("groq", "llama")).Acquired ? 1 : 0;
        }

        Assert.Equal(6, acquired);
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task UpstreamReportForAModel_CorrectsThatModelsMinuteWindowOnly(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var (first, second) = Replicas(state, new QuotaOptions { ModelRequestsPerMinute = 30, ModelRequestsPerDay = 1000 });

        await first.CorrectAsync("groq", "llama", new RateLimitRemaining(CooldownScope.Model, 2, state.Time.GetUtcNow().AddSeconds(30)));

        Assert.True((await second.TryAcquireAsync("groq", "llama")).Acquired);
        Assert.True((await first.TryAcquireAsync("groq", "llama")).Acquired);
        var refused = await second.TryAcquireAsync("groq", "llama");
        Assert.False(refused.Acquired);
        Assert.Equal(QuotaWindow.EndOf(state.Time.GetUtcNow(), QuotaWindow.Minute), refused.Status.ResetsAt);
        Assert.True((await second.TryAcquireAsync("groq", "qwen")).Acquired);
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task LargeQuota_IsReservedInBlocks_NotARoundTripPerRequest(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "groq", Quotas = new QuotaOptions { RequestsPerDay = 100_000 } }] });
        var counter = new RedisQuotaCounter(state.Connection, state.Budget, new ProviderQuotaLimits(providers), state.Time, NullLogger<RedisQuotaCounter>.Instance);

        for (var i = 0; i < 2_500; i++)
        {
            Assert.True((await counter.TryAcquireAsync("groq", "llama")).Acquired);
        }

        // Three blocks of 1,000 (1% of the limit) cover 2,500 requests: three INCRBYs instead of 2,500 INCRs.
        Assert.Equal(3_000, (long)await state.Connection.GetDatabase().StringGetAsync(RedisKeys.Quota("groq", RedisKeys.DayWindow, QuotaWindow.StartOf(state.Time.GetUtcNow(), QuotaWindow.Day))));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task ModelQuotaRefusal_GivesTheProviderQuotaBack(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var quotas = new QuotaOptions { RequestsPerDay = 10, ModelRequestsPerDay = 2 };
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "gemini", Quotas = quotas }] });
        var counter = new RedisQuotaCounter(state.Connection, state.Budget, new ProviderQuotaLimits(providers), state.Time, NullLogger<RedisQuotaCounter>.Instance);

        var flash = 0;
        for (var i = 0; i < 5; i++)
        {
            flash += (await counter.TryAcquireAsync("gemini", "flash")).Acquired ? 1 : 0;
        }

        var pro = 0;
        for (var i = 0; i < 10; i++)
        {
            pro += (await counter.TryAcquireAsync("gemini", "pro")).Acquired ? 1 : 0;
        }

        Assert.Equal(2, flash);
        Assert.Equal(2, pro);
        var other = 0;
        for (var i = 0; i < 10; i++)
        {
            other += (await counter.TryAcquireAsync("gemini", $"model-{i}")).Acquired ? 1 : 0;
        }

        // 10 a day for the provider: 4 went to flash and pro, the refused ones cost nothing, so 6 remain for the others.
        Assert.Equal(6, other);
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task CounterWhoseExpiryWasLost_DoesNotSpendTheProviderInTheNextWindow(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "groq", Quotas = new QuotaOptions { RequestsPerMinute = 3 } }] });
        var counter = new RedisQuotaCounter(state.Connection, state.Budget, new ProviderQuotaLimits(providers), state.Time, NullLogger<RedisQuotaCounter>.Instance);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await counter.TryAcquireAsync("groq", "llama")).Acquired);
        }

        Assert.False((await counter.TryAcquireAsync("groq", "llama")).Acquired);

        // The counter got its expiry with its increment; lose it anyway, as a crash between two commands once could.
        var key = RedisKeys.Quota("groq", RedisKeys.MinuteWindow, QuotaWindow.StartOf(state.Time.GetUtcNow(), QuotaWindow.Minute));
        Assert.NotNull(await state.Database.KeyTimeToLiveAsync(key));
        Assert.True(await state.Database.KeyPersistAsync(key));

        state.Time.Advance(QuotaWindow.Minute);

        Assert.True((await counter.TryAcquireAsync("groq", "llama")).Acquired);
        Assert.Equal(3, (long)await state.Database.StringGetAsync(key));
    }

    [Fact]
    public async Task RedisStalled_AnswersFromLocalCountingWithinTheBudget_AndCountsInRedisAgainOnceItGoesOn()
    {
        await using var redis = await TestRedis.StartAsync(RedisKind.Garnet, pausable: true);
        await using var connection = await redis.ConnectAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var budget = new RedisBudget(Options.Create(new RedisBudgetOptions()), time);
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "groq", Quotas = new QuotaOptions { RequestsPerMinute = 100 } }] });
        var counter = new RedisQuotaCounter(connection, budget, new ProviderQuotaLimits(providers), time, NullLogger<RedisQuotaCounter>.Instance);
        var key = RedisKeys.Quota("groq", RedisKeys.MinuteWindow, QuotaWindow.StartOf(time.GetUtcNow(), QuotaWindow.Minute));
        Assert.True((await counter.TryAcquireAsync("groq", "llama")).Acquired);

        redis.Pause();
        var waiting = counter.TryAcquireAsync("groq", "llama").AsTask();
        Assert.False(waiting.IsCompleted);
        time.Advance(budget.Limit);
        var decision = await waiting.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.True(decision.Acquired);
        redis.Resume();
        await Eventually.UntilAsync(
            async () => (await counter.TryAcquireAsync("groq", "llama")).Acquired && (long)await connection.GetDatabase().StringGetAsync(key) >= 3,
            "the shared counter moves again");
    }

    private static (RedisQuotaCounter First, RedisQuotaCounter Second) Replicas(StateTestContext state, QuotaOptions quotas)
    {
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "groq", Quotas = quotas }] });
        return (
            new RedisQuotaCounter(state.Connection, state.Budget, new ProviderQuotaLimits(providers), state.Time, NullLogger<RedisQuotaCounter>.Instance),
            new RedisQuotaCounter(state.Connection, state.Budget, new ProviderQuotaLimits(providers), state.Time, NullLogger<RedisQuotaCounter>.Instance));
    }
}
