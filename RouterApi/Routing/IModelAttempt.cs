using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Routing;

/// <summary>An endpoint's part of the routing pipeline: how one attempt at one model is made (and, when it serves, answered).</summary>
internal interface IModelAttempt
{
    /// <param name="number">The attempt's number within the request, from 1.</param>
    /// <param name="timeLimit">What is left of the request's deadline.</param>
    ValueTask<AttemptResult> RunAsync(ModelInfo model, ProviderOptions provider, int number, TimeSpan timeLimit, CancellationToken cancellationToken);
}
