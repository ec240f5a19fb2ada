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
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task ManyConcurrentRequests_NeitherExceedNorWasteTheQuota(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var providers = Options.Create(new ProvidersOptions { All = [new ProviderOptions { Name = "groq", Quotas = new QuotaOptions { RequestsPerDay = 100 } }] });
        var counter = new RedisQuotaCounter(state.Connection, providers, state.Time, NullLogger<RedisQuotaCounter>.Instance);

        var decisions = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ => counter.TryAcquireAsync("groq", "llama").AsTask()));

        Assert.Equal(100, decisions.Count(decision => decision.Acquired));
    }
}
