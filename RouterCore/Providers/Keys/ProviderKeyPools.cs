using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Providers.Keys;

/// <summary>Every provider's key pool, made once from <c>Providers</c>; a provider not configured here has one key-less key.</summary>
public sealed class ProviderKeyPools(IOptions<ProvidersOptions> providers)
{
    private readonly ConcurrentDictionary<string, ProviderKeyRing> _rings = new(StringComparer.Ordinal);

    public ProviderKeyRing For(string provider) =>
        _rings.GetOrAdd(provider, static (name, options) => new ProviderKeyRing(options.Find(name) ?? new ProviderOptions { Name = name }), providers.Value);
}
