using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Images;

/// <summary>Whether an image request's <c>model</c> can be served: a virtual model of the whole pool or an image model of the catalog, with the pool not empty.</summary>
internal sealed class ImageModelCheck(CatalogStore catalog, PolicyStore policy)
{
    /// <returns>Null when the request can be routed; otherwise the status and OpenAI error to answer with.</returns>
    public (int Status, OpenAiError Error)? Check(string? model)
    {
        var snapshot = catalog.Current;
        if (model is not null && Refuse(model, snapshot) is { } refusal)
        {
            return refusal;
        }

        return HasImageModels(snapshot) ? null : (StatusCodes.Status400BadRequest, Error(
            "No model in the free pool can serve this request: none offers image output. Configure an image provider (see the README, Images).",
            "model",
            "no_model_supports_request"));
    }

    private static (int Status, OpenAiError Error)? Refuse(string model, CatalogSnapshot snapshot)
    {
        if (VirtualModels.TryGetAdditions(model, out var additions))
        {
            return (additions & ~ModelCapabilities.ImageOutput) == 0 ? null : NotForImages(model);
        }

        var position = snapshot.IndexOf(model);
        if (position < 0)
        {
            return (StatusCodes.Status404NotFound, Error(
                $"The model '{model}' does not exist in the free pool. Use 'free' for any free image model, or an image model from GET /v1/models.",
                "model",
                "model_not_found"));
        }

        return snapshot.Models[position].Capabilities.HasFlag(ModelCapabilities.ImageOutput) ? null : NotForImages(model);
    }

    private bool HasImageModels(CatalogSnapshot snapshot)
    {
        var current = policy.Current;
        foreach (var candidate in snapshot.Models)
        {
            if (candidate.Capabilities.HasFlag(ModelCapabilities.ImageOutput) && !current.IsBlocked(candidate.Id))
            {
                return true;
            }
        }

        return false;
    }

    private static (int, OpenAiError) NotForImages(string model) => (StatusCodes.Status400BadRequest, Error(
        $"The model '{model}' does not generate images. Use 'free' for any free image model, or an image model from GET /v1/models.",
        "model",
        "model_not_supported"));

    private static OpenAiError Error(string message, string param, string code) => new(message, OpenAiError.InvalidRequestType, param, code);
}
