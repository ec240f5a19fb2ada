using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Embeddings;

/// <summary>One router in front of the shipped embedding providers, shared by tests that never reach an upstream (input checks).</summary>
public sealed class EmbeddingPoolFixture : IAsyncLifetime
{
    internal RouterTestHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await EmbeddingPool.StartAsync();

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
