using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>
/// Maps each provider's embeddings where its documentation puts them: OpenAI's <c>/v1/embeddings</c> under the generic providers,
/// Cohere's <c>/v2/embed</c>, Hugging Face's feature-extraction; Gemini's <c>:batchEmbedContents</c> and Workers AI's embedding
/// models share their chat paths, routed there by method and by model.
/// </summary>
internal static class EmbeddingEndpoints
{
    public static IEndpointRouteBuilder MapEmbeddings(this IEndpointRouteBuilder app)
    {
        var services = app.ServiceProvider;
        var openAi = services.GetRequiredService<OpenAiEmbeddingsHandler>();
        var huggingFace = services.GetRequiredService<HuggingFaceEmbeddingsHandler>();
        app.MapPost("/{provider}/v1/embeddings", (HttpContext context, string provider) => openAi.HandleAsync(context, provider, null));
        app.MapPost("/cohere/v2/embed", (HttpContext context, CohereEmbedHandler cohere) => cohere.HandleAsync(context, "cohere", null));
        app.MapPost("/huggingface/hf-inference/models/{**path}", (HttpContext context, string path) =>
            path.EndsWith(HuggingFaceEmbeddingsHandler.Task, StringComparison.Ordinal)
                ? huggingFace.HandleAsync(context, HuggingFaceEmbeddingsHandler.Provider, path[..^HuggingFaceEmbeddingsHandler.Task.Length])
                : Results.NotFound().ExecuteAsync(context));
        return app;
    }

    /// <summary>Whether a Gemini <c>models/{target}</c> call is an embedding batch, and for which model.</summary>
    public static bool IsGeminiEmbedding(string target, out string model)
    {
        var isEmbedding = target.EndsWith(GeminiEmbeddingsHandler.Method, StringComparison.Ordinal);
        model = isEmbedding ? target[..^GeminiEmbeddingsHandler.Method.Length] : target;
        return isEmbedding;
    }
}
