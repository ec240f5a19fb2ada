using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Sessions;

/// <summary>One <see cref="StickyPool"/> router shared by tests whose conversations are their own and leave the simulator untouched.</summary>
public sealed class StickyPoolFixture : IAsyncLifetime
{
    internal RouterTestHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await StickyPool.StartAsync();

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
