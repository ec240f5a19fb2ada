using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Routing;

/// <summary>A candidate cleared for an attempt: the model and the provider key to send with, its quota unit taken.</summary>
internal readonly record struct AttemptTarget(ModelInfo Model, ProviderKey Key)
{
    /// <summary>The provider's settings, with the key's value as its <see cref="ProviderOptions.ApiKey"/>.</summary>
    public ProviderOptions Provider => Key.Options;
}
