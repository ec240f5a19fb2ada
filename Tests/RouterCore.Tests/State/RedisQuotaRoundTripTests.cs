using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.State;

/// <summary>A request counted exactly against several windows costs one Redis round trip, and a spent window none.</summary>
public sealed class RedisQuotaRoundTripTests
{
    // Every command the quota path may send; StackExchange.Redis sends an INCRBY of 1 as INCR.
    private static readonly string[] QuotaCommands = ["multi", "exec", "incrby", "incr", "expire", "get", "set", "watch", "unwatch", "discard"];

    // On redis-server only: Garnet fills INFO commandstats only with --commandstats-monitor, and counts a transaction's commands twice.
    [Fact]
    public async Task RequestUnderProviderAndModelWindows_ReservesAllFourInOneTransaction()
    {
        await using var state = await StateTestContext.StartAsync(RedisKind.Server);
        var counter = Counter(state, new QuotaOptions { RequestsPerMinute = 20, RequestsPerDay = 50, ModelRequestsPerMinute = 10, ModelRequestsPerDay = 30 });

        await using var stats = await RedisCommandStats.ConnectAsync(state.Server);

        for (var request = 1; request <= 2; request++)
        {
            var sent = await stats.CountAsync(async () => Assert.True((await counter.TryAcquireAsync("gemini", "flash")).Acquired), QuotaCommands);

            Assert.Equal(1, sent["multi"]);
            Assert.Equal(1, sent["exec"]);
            Assert.Equal(4, sent["incr"]);
            Assert.Equal(4, sent["expire"]);
            Assert.Equal(10, sent.Values.Sum());
        }

        var now = state.Time.GetUtcNow();
        Assert.Equal(2, (long)await state.Database.StringGetAsync(RedisKeys.Quota("gemini", RedisKeys.MinuteWindow, QuotaWindow.StartOf(now, QuotaWindow.Minute))));
        Assert.Equal(2, (long)await state.Database.StringGetAsync(RedisKeys.ModelQuota("gemini", "flash", RedisKeys.DayWindow, QuotaWindow.StartOf(now, QuotaWindow.Day))));
    }

    // On redis-server only: Garnet fills INFO commandstats only with --commandstats-monitor, and counts a transaction's commands twice.
    [Fact]
    public async Task RequestInASpentWindow_IsRefusedWithoutARedisCommand()
    {
        await using var state = await StateTestContext.StartAsync(RedisKind.Server);
        var counter = Counter(state, new QuotaOptions { RequestsPerMinute = 20, RequestsPerDay = 50, ModelRequestsPerMinute = 10, ModelRequestsPerDay = 2 });
        Assert.True((await counter.TryAcquireAsync("gemini", "flash")).Acquired);
        Assert.True((await counter.TryAcquireAsync("gemini", "flash")).Acquired);

        await using var stats = await RedisCommandStats.ConnectAsync(state.Server);

        var refused = default(QuotaDecision);
        var sent = await stats.CountAsync(async () => refused = await counter.TryAcquireAsync("gemini", "flash"), QuotaCommands);

        Assert.False(refused.Acquired);
        Assert.Equal(CooldownScope.Model, refused.Status.Scope);
        Assert.All(sent, command => Assert.Equal(0, command.Value));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task CountExactly_ALargeQuotaCountsWhatWasSent_NotBlocks(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var counter = Counter(state, new QuotaOptions { RequestsPerDay = 1000, CountExactly = true });

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await counter.TryAcquireAsync("gemini", "flash")).Acquired);
        }

        // Without CountExactly the first request would reserve a block of 10 (1% of 1,000).
        Assert.Equal(3, (long)await state.Database.StringGetAsync(RedisKeys.Quota("gemini", RedisKeys.DayWindow, QuotaWindow.StartOf(state.Time.GetUtcNow(), QuotaWindow.Day))));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task ManyConcurrentRequests_OnTwoReplicas_UnderProviderAndModelWindows_NeverExceedTheProviderQuota(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var quotas = new QuotaOptions { RequestsPerMinute = 40, RequestsPerDay = 50, ModelRequestsPerMinute = 30, ModelRequestsPerDay = 35 };
        RedisQuotaCounter[] replicas = [Counter(state, quotas), Counter(state, quotas)];

        var burst = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => replicas[i % 2].TryAcquireAsync("gemini", i % 4 == 0 ? "pro" : "flash").AsTask()));
        var acquired = burst.Count(decision => decision.Acquired);
        Assert.InRange(acquired, 1, 40);

        // A request a model window refused left its provider request with its replica; later requests there spend it.
        for (var i = 0; i < 40; i++)
        {
            acquired += (await replicas[i % 2].TryAcquireAsync("gemini", i % 4 < 2 ? "pro" : "flash")).Acquired ? 1 : 0;
        }

        Assert.Equal(40, acquired);
    }

    private static RedisQuotaCounter Counter(StateTestContext state, QuotaOptions quotas)
    {
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "gemini", Quotas = quotas }] });
        return new RedisQuotaCounter(state.Connection, state.Budget, new ProviderQuotaLimits(providers), state.Time, NullLogger<RedisQuotaCounter>.Instance);
    }
}
