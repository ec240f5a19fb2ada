using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.State;

/// <summary>Replicas counting one provider's quota in Redis never let more requests through than the quota, small or large.</summary>
public sealed class RedisQuotaCounterTests
{
    [Theory]
    // Small quotas go one by one and are used exactly; large ones are reserved in blocks of 1%, and each replica may be
    // left holding at most one unused block.
    [InlineData(RedisKind.Garnet, 20, 20)]
    [InlineData(RedisKind.Server, 20, 20)]
    [InlineData(RedisKind.Garnet, 1000, 980)]
    [InlineData(RedisKind.Server, 1000, 980)]
    public async Task TwoReplicas_TogetherStayWithinTheDailyQuota_AndUseNearlyAllOfIt(RedisKind kind, int perDay, int atLeast)
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

        Assert.InRange(acquired, atLeast, perDay);
        Assert.True(sawSpent);
    }
}
