using AspireRouter.RouterApi.Embeddings.Upstream;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Telemetry;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>An embeddings request's attempt in the routing pipeline: the inputs sent to each provider of the model; keeps the vectors made.</summary>
internal sealed class EmbeddingModelAttempt(EmbeddingAttempt attempt, EmbeddingsRequest request) : IModelAttempt, IDisposable
{
    /// <summary>The vectors of the attempt that served (dispose them with this).</summary>
    public UpstreamEmbeddings? Vectors { get; private set; }

    /// <summary>The model that made <see cref="Vectors"/>.</summary>
    public ModelInfo? Model { get; private set; }

    /// <summary>An attempt keeps its vectors rather than writing them, so two at once would race for <see cref="Vectors"/>.</summary>
    public bool CanHedge => false;

    public string OperationName => GenAiAttributes.Embeddings;

    public bool Streams => false;

    public async ValueTask<AttemptResult> RunAsync(ModelInfo model, ProviderKey key, AttemptLane lane, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var (result, vectors) = await attempt.RunAsync(new EmbeddingCall(request, model, key), timeLimit, cancellationToken);
        if (vectors is not null)
        {
            Vectors = vectors;
            Model = model;
        }

        return result;
    }

    public void Dispose() => Vectors?.Dispose();
}
