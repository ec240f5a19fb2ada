using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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
            new(state.Connection, providers, state.Time, NullLogger<RedisQuotaCounter>.Instance),
            new(state.Connection, providers, state.Time, NullLogger<RedisQuotaCounter>.Instance),
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
            new(state.Connection, providers, state.Time, NullLogger<RedisQuotaCounter>.Instance),
            new(state.Connection, providers, state.Time, NullLogger<RedisQuotaCounter>.Instance),
        ];

        var decisions = await Task.WhenAll(Enumerable.Range(0, perDay * 3).Select(i => replicas[i % 2].TryAcquireAsync("groq", "llama").AsTask()));

        Assert.Equal(perDay, decisions.Count(decision => decision.Acquired));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task LargeQuota_IsReservedInBlocks_NotARoundTripPerRequest(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "groq", Quotas = new QuotaOptions { RequestsPerDay = 100_000 } }] });
        var counter = new RedisQuotaCounter(state.Connection, providers, state.Time, NullLogger<RedisQuotaCounter>.Instance);

        for (var i = 0; i < 2_500; i++)
        {
            Assert.True((await counter.TryAcquireAsync("groq", "llama")).Acquired);
        }

        // Three blocks of 1,000 (1% of the limit) cover 2,500 requests: three INCRBYs instead of 2,500 INCRs.
        Assert.Equal(3_000, (long)await state.Connection.GetDatabase().StringGetAsync(RedisKeys.Quota("groq", RedisKeys.DayWindow)));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task ModelQuotaRefusal_GivesTheProviderQuotaBack(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var quotas = new QuotaOptions { RequestsPerDay = 10, ModelRequestsPerDay = 2 };
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "gemini", Quotas = quotas }] });
        var counter = new RedisQuotaCounter(state.Connection, providers, state.Time, NullLogger<RedisQuotaCounter>.Instance);

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
}
