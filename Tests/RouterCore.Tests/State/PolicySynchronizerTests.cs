using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.State;

public sealed class PolicySynchronizerTests
{
    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task Start_LoadsThePolicyAlreadyInRedis(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        await state.Policies.BlockAsync("a:free", new AuditActor("admin", "192.0.2.7"));
        var store = new PolicyStore(Options.Create(new RoutingPolicy()));

        using var synchronizer = new PolicySynchronizer(state.Connection, state.Policies, store, NullLogger<PolicySynchronizer>.Instance);
        await synchronizer.StartAsync(TestContext.Current.CancellationToken);

        await Eventually.UntilAsync(() => store.Current.IsBlocked("a:free"), "the stored blocklist is loaded");
        await synchronizer.StopAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task ChangesAnnouncedByAnotherReplica_ReachTheStore(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        await using var portal = await state.Server.ConnectAsync();
        var portalPolicies = new PolicyRepository(portal, Options.Create(new RoutingPolicy()), [new WeightedRandomSelector(RandomSource.Shared)], new RouterEventPublisher(portal), new AuditLog(portal, TimeProvider.System));
        var store = new PolicyStore(Options.Create(new RoutingPolicy()));
        using var synchronizer = new PolicySynchronizer(state.Connection, state.Policies, store, NullLogger<PolicySynchronizer>.Instance);
        await synchronizer.StartAsync(TestContext.Current.CancellationToken);
        await Eventually.UntilAsync(() => state.Connection.GetSubscriber().SubscribedEndpoint(RouterEventPublisher.Channel) is not null, "the synchronizer subscribed");

        await portalPolicies.SaveWeightAsync("b:free", 0, new AuditActor("admin", "192.0.2.7"));
        await Eventually.UntilAsync(() => store.Current.WeightsById().GetValueOrDefault("b:free", 1) == 0, "the new weight is in the store", TimeSpan.FromSeconds(1));
        await portalPolicies.SaveSettingsAsync(new PolicySettings("weighted-random", 7, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(2)), new AuditActor("admin", "192.0.2.7"));
        await Eventually.UntilAsync(() => store.Current.AttemptBudget == 7, "the new settings are in the store", TimeSpan.FromSeconds(1));

        await synchronizer.StopAsync(TestContext.Current.CancellationToken);
    }
}
