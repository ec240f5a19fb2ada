using System.Collections.Frozen;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>Finds the <see cref="IImageApiAdapter"/> for a provider's <see cref="ProviderImageOptions.Api"/>.</summary>
internal sealed class ImageApiAdapters(IEnumerable<IImageApiAdapter> adapters)
{
    private readonly FrozenDictionary<ImageApi, IImageApiAdapter> _byApi = adapters.ToFrozenDictionary(adapter => adapter.Api);

    /// <exception cref="InvalidOperationException">No adapter speaks the API (validation refuses such providers at start).</exception>
    public IImageApiAdapter For(ImageApi api) =>
        _byApi.TryGetValue(api, out var adapter) ? adapter : throw new InvalidOperationException($"No adapter for image API '{api}'.");
}
