using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>One <see cref="StoredStateHost"/> router shared by a test class whose cases leave the simulator untouched.</summary>
public sealed class StoredStateHostFixture : IAsyncLifetime
{
    internal RouterTestHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await StoredStateHost.StartAsync();

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
