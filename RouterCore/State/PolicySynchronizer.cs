using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>Keeps <see cref="PolicyStore"/> equal to the policy in Redis (<see cref="RouterEvents.Policy"/>).</summary>
public sealed partial class PolicySynchronizer(
    IConnectionMultiplexer redis,
    PolicyRepository policies,
    PolicyStore store,
    ILogger<PolicySynchronizer> logger) : RedisEventSynchronizer(redis, logger)
{
    protected override string What => "routing policy";

    protected override bool IsRelevant(RedisValue message) => message == RouterEvents.Policy;

    protected override async Task ReloadAsync()
    {
        var policy = await policies.LoadAsync().ConfigureAwait(false);
        store.Replace(policy);
        LogReloaded(policy.Weights.Count, policy.Blocked.Count);
    }
}
