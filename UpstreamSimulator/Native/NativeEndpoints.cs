using AspireRouter.UpstreamSimulator.Anthropic;
using AspireRouter.UpstreamSimulator.Cohere;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Embeddings;
using AspireRouter.UpstreamSimulator.Gemini;
using AspireRouter.UpstreamSimulator.Ollama;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.UpstreamSimulator.Native;

/// <summary>
/// Maps each natively spoken provider at the path its documentation gives, under the provider's name; Workers AI's one
/// <c>/ai/run/{model}</c> serves every task, so <see cref="Cloudflare.CloudflareEndpoints"/> maps it.
/// </summary>
internal static class NativeEndpoints
{
    public static IEndpointRouteBuilder MapNativeProviders(this IEndpointRouteBuilder app)
    {
        var services = app.ServiceProvider;
        var gemini = services.GetRequiredService<GeminiChatHandler>();
        var geminiEmbeddings = services.GetRequiredService<GeminiEmbeddingsHandler>();
        app.MapPost("/gemini/v1beta/models/{target}", (HttpContext context, string target) =>
            EmbeddingEndpoints.IsGeminiEmbedding(target, out var model) ? geminiEmbeddings.HandleAsync(context, NativeKinds.Gemini, model) : gemini.HandleAsync(context));
        app.MapPost("/anthropic/v1/messages", services.GetRequiredService<AnthropicChatHandler>().HandleAsync);
        app.MapPost("/cohere/v2/chat", services.GetRequiredService<CohereChatHandler>().HandleAsync);
        app.MapPost("/ollama/api/chat", services.GetRequiredService<OllamaChatHandler>().HandleAsync);
        return app;
    }
}
