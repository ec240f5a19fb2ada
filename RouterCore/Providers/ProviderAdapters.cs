using System.Collections.Frozen;

namespace AspireRouter.RouterCore.Providers;

/// <summary>Finds the <see cref="IProviderAdapter"/> for a provider's kind.</summary>
public sealed class ProviderAdapters(IEnumerable<IProviderAdapter> adapters)
{
    private readonly FrozenDictionary<string, IProviderAdapter> _byKind =
        adapters.ToFrozenDictionary(adapter => adapter.Kind, StringComparer.OrdinalIgnoreCase);

    /// <exception cref="InvalidOperationException">No adapter speaks the provider's kind (validation rejects such providers at start).</exception>
    public IProviderAdapter For(ProviderOptions provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return _byKind.TryGetValue(provider.Kind, out var adapter)
            ? adapter
            : throw new InvalidOperationException($"No adapter for provider kind '{provider.Kind}' ({provider.Name}).");
    }
}
