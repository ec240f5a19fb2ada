using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Routing;

/// <summary>A candidate cleared for an attempt: the model, its provider's settings, its quota unit taken.</summary>
internal readonly record struct AttemptTarget(ModelInfo Model, ProviderOptions Provider);
