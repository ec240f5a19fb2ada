using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Routing;

/// <summary>An endpoint's part of the routing pipeline: how one attempt at one model is made (and, when it serves, answered).</summary>
internal interface IModelAttempt
{
    /// <summary>Whether two attempts may run at once (a hedge when the first token is overdue): only when each claims the response through its lane.</summary>
    bool CanHedge { get; }

    /// <summary>The attempt's <c>gen_ai.operation.name</c>: <c>chat</c>, <c>generate_content</c>...</summary>
    string OperationName { get; }

    /// <summary>Whether the answer is streamed (then its first chunk's time is measured).</summary>
    bool Streams { get; }

    /// <param name="key">The provider key to send with: its <see cref="ProviderKey.Options"/> hold the provider's settings and the key.</param>
    /// <param name="lane">The attempt's place in the request's race: mark the first byte on it and claim the response before writing.</param>
    /// <param name="timeLimit">What is left of the request's deadline.</param>
    /// <param name="cancellationToken">The lane's token: cancelled when the client goes away or the attempt is abandoned.</param>
    ValueTask<AttemptResult> RunAsync(ModelInfo model, ProviderKey key, AttemptLane lane, TimeSpan timeLimit, CancellationToken cancellationToken);
}
