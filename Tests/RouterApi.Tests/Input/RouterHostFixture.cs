using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Input;

/// <summary>One router and simulator shared by a test class whose cases must all leave the simulator untouched.</summary>
public sealed class RouterHostFixture : IAsyncLifetime
{
    internal RouterTestHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await RouterTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
