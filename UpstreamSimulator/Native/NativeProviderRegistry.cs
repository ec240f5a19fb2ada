using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Generic;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Native;

/// <summary>The natively spoken providers by kind, each with its keys and models (changeable at runtime like the generic ones).</summary>
internal sealed class NativeProviderRegistry
{
    private readonly IOptions<SimulatorOptions> _options;
    private Dictionary<string, GenericProvider> _providers = [];

    public NativeProviderRegistry(IOptions<SimulatorOptions> options)
    {
        _options = options;
        Reset();
    }

    public GenericProvider Get(string kind) => Volatile.Read(ref _providers)[kind];

    public void Reset() =>
        Volatile.Write(ref _providers, NativeKinds.All.ToDictionary(kind => kind, kind => new GenericProvider(kind, NativeKinds.Of(_options.Value, kind)), StringComparer.Ordinal));
}
