using System.Collections.Frozen;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Embeddings.Upstream;

/// <summary>Finds the <see cref="IEmbeddingApiAdapter"/> for a provider's embeddings API.</summary>
internal sealed class EmbeddingApiAdapters(IEnumerable<IEmbeddingApiAdapter> adapters)
{
    private readonly FrozenDictionary<EmbeddingApi, IEmbeddingApiAdapter> _byApi = adapters.ToFrozenDictionary(adapter => adapter.Api);

    /// <exception cref="InvalidOperationException">No adapter speaks the API (validation refuses such providers at start).</exception>
    public IEmbeddingApiAdapter For(EmbeddingApi api) =>
        _byApi.TryGetValue(api, out var adapter) ? adapter : throw new InvalidOperationException($"No adapter for embeddings API '{api}'.");

    public IEmbeddingApiAdapter For(ProviderOptions provider) => For(ProviderEmbeddingOptions.ApiOf(provider));
}
