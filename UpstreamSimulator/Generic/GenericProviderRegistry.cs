using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Generic;

/// <summary>The configured generic providers by name (path prefix).</summary>
internal sealed class GenericProviderRegistry
{
    private readonly IOptions<SimulatorOptions> _options;
    private Dictionary<string, GenericProvider> _providers = [];

    public GenericProviderRegistry(IOptions<SimulatorOptions> options)
    {
        _options = options;
        Reset();
    }

    public GenericProvider? Find(string name) => Volatile.Read(ref _providers).GetValueOrDefault(name);

    public GenericProvider Get(string name) =>
        Find(name) ?? throw new ArgumentException($"No provider named '{name}' is configured.", nameof(name));

    /// <summary>Back to the configured models of every provider.</summary>
    public void Reset() =>
        Volatile.Write(ref _providers, _options.Value.Providers.ToDictionary(p => p.Key, p => new GenericProvider(p.Key, p.Value), StringComparer.OrdinalIgnoreCase));
}
