using System.Globalization;
using AspireRouter.RouterApi.Embeddings.Upstream;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>
/// Whether an embedding model can serve a request as its provider calls it: token arrays only through OpenAI's wire format,
/// <c>dimensions</c> other than its own only for a Matryoshka model through an API that cuts, at most its provider's batch.
/// </summary>
internal sealed class EmbeddingFit(EmbeddingApiAdapters adapters, IOptions<ProvidersOptions> providers)
{
    /// <summary>Why <paramref name="model"/> cannot serve <paramref name="request"/>, as the client's error; null when it can.</summary>
    public OpenAiError? Refusal(ModelInfo model, EmbeddingsRequest request)
    {
        if (providers.Value.Find(model.Provider) is not { } provider)
        {
            return Invalid($"The model '{model.Id}' has no configured provider.", "model", "model_not_supported");
        }

        var adapter = adapters.For(provider);
        if (request.HasTokens && !adapter.AcceptsTokens)
        {
            return Invalid($"The model '{model.Id}' takes text, not token arrays (its provider speaks the {adapter.Api} embeddings API); send 'input' as strings.", "input", "unsupported_value");
        }

        if (request.Dimensions is { } asked && asked != model.Dimensions && !CanCut(model, adapter, asked))
        {
            return Invalid(DimensionsText(model, asked), "dimensions", "unsupported_value");
        }

        return model.MaxInputs is { } max && request.Inputs.Count > max
            ? EmbeddingRequestErrors.TooManyInputs(request.Inputs.Count, max, model.Id)
            : null;
    }

    private static bool CanCut(ModelInfo model, IEmbeddingApiAdapter adapter, int asked) =>
        adapter.ChoosesDimensions && model.MinDimensions is { } min && model.Dimensions is { } max && asked >= min && asked <= max;

    private static string DimensionsText(ModelInfo model, int asked)
    {
        var size = model.Dimensions is { } native ? native.ToString(CultureInfo.InvariantCulture) : "an undocumented number of";
        var range = model.MinDimensions is { } min && model.Dimensions is { } max
            ? $"; it can cut them to {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}"
            : "; their size cannot be chosen";
        return $"The model '{model.Id}' does not support 'dimensions' {asked.ToString(CultureInfo.InvariantCulture)}: it makes vectors of {size} dimensions{range}.";
    }

    private static OpenAiError Invalid(string message, string param, string code) => BodyFieldErrors.Invalid(message, param, code);
}
