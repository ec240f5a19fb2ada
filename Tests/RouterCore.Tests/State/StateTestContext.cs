using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.Tests.State;

/// <summary>A private Redis of one kind, a connection, and the state repositories over it.</summary>
internal sealed class StateTestContext : IAsyncDisposable
{
    private StateTestContext(TestRedis server, ConnectionMultiplexer connection, RoutingPolicy defaults)
    {
        Server = server;
        Connection = connection;
        Events = new RouterEventPublisher(connection);
        Audit = new AuditLog(connection, Time);
        Policies = new PolicyRepository(connection, Options.Create(defaults), [new WeightedRandomSelector(RandomSource.Shared)], Events, Audit);
        Keys = new ClientKeyRepository(connection, Events, Audit, Time);
        Aliases = new ModelAliasRepository(connection, Options.Create(defaults), Policies, Events, Audit);
    }

    public TestRedis Server { get; }

    public ConnectionMultiplexer Connection { get; }

    public IDatabase Database => Connection.GetDatabase();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The default request-path budget on <see cref="Time"/>: it runs out only when the test moves the clock.</summary>
    public RedisBudget Budget => new(Options.Create(new RedisBudgetOptions()), Time);

    public RouterEventPublisher Events { get; }

    public AuditLog Audit { get; }

    public PolicyRepository Policies { get; }

    public ClientKeyRepository Keys { get; }

    public ModelAliasRepository Aliases { get; }

    public static async Task<StateTestContext> StartAsync(RedisKind kind, RoutingPolicy? defaults = null)
    {
        var server = await TestRedis.StartAsync(kind);
        return new StateTestContext(server, await server.ConnectAsync(), defaults ?? new RoutingPolicy());
    }

    /// <summary>Collects the messages published on <c>ar:events</c> from now on.</summary>
    public async Task<EventRecorder> RecordEventsAsync()
    {
        var recorder = new EventRecorder();
        await Connection.GetSubscriber().SubscribeAsync(RouterEventPublisher.Channel, (_, message) => recorder.Add(message!));
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await Server.DisposeAsync();
    }
}
