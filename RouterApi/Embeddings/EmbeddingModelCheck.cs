using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>
/// Whether an embeddings request's <c>model</c> can be served: <c>free:embedding</c> (or <c>free</c>, on this endpoint) with an
/// embedding model in the pool that fits the request, or an embedding model of the catalog that fits it.
/// </summary>
internal sealed class EmbeddingModelCheck(CatalogStore catalog, PolicyStore policy, EmbeddingFit fit)
{
    /// <summary>Whether <paramref name="model"/> asks the router to pick the embedding model.</summary>
    public static bool IsPool(string model) => model is VirtualModels.Free or VirtualModels.FreeEmbedding;

    /// <returns>Null when the request can be routed; otherwise the status and OpenAI error to answer with.</returns>
    public (int Status, OpenAiError Error)? Check(EmbeddingsRequest request)
    {
        var snapshot = catalog.Current;
        if (IsPool(request.Model))
        {
            return PoolRefusal(snapshot, request);
        }

        if (VirtualModels.TryGetAdditions(request.Model, out _))
        {
            return NotForEmbeddings(request.Model);
        }

        var position = snapshot.IndexOf(request.Model);
        if (position < 0)
        {
            return (StatusCodes.Status404NotFound, BodyFieldErrors.Invalid(
                $"The model '{request.Model}' does not exist in the free pool. Use 'free:embedding' for any free embedding model, or an embedding model from GET /v1/models.",
                "model",
                "model_not_found"));
        }

        var model = snapshot.Models[position];
        if (!model.Capabilities.HasFlag(ModelCapabilities.Embeddings))
        {
            return NotForEmbeddings(request.Model);
        }

        return fit.Refusal(model, request) is { } refusal ? (StatusCodes.Status400BadRequest, refusal) : null;
    }

    private (int, OpenAiError)? PoolRefusal(CatalogSnapshot snapshot, EmbeddingsRequest request)
    {
        var current = policy.Current;
        OpenAiError? why = null;
        foreach (var candidate in snapshot.Models)
        {
            if (candidate.Capabilities.HasFlag(ModelCapabilities.Embeddings) && !current.IsBlocked(candidate.Id))
            {
                why = fit.Refusal(candidate, request);
                if (why is null)
                {
                    return null;
                }
            }
        }

        return (StatusCodes.Status400BadRequest, BodyFieldErrors.Invalid(
            why is null
                ? "No model in the free pool can serve this request: none makes embeddings. Configure a provider with embedding models (see the README, Embeddings)."
                : $"No embedding model in the free pool can serve this request. The last one checked: {why.Message}",
            why?.Param ?? "model",
            "no_model_supports_request"));
    }

    private static (int, OpenAiError) NotForEmbeddings(string model) => (StatusCodes.Status400BadRequest, BodyFieldErrors.Invalid(
        $"The model '{model}' does not make embeddings. Use 'free:embedding' for any free embedding model, or an embedding model from GET /v1/models.",
        "model",
        "model_not_supported"));
}
