using AspireRouter.UpstreamSimulator.Anthropic;
using AspireRouter.UpstreamSimulator.Cohere;
using AspireRouter.UpstreamSimulator.Gemini;
using AspireRouter.UpstreamSimulator.Ollama;
using Microsoft.AspNetCore.Builder;
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
        app.MapPost("/gemini/v1beta/models/{target}", services.GetRequiredService<GeminiChatHandler>().HandleAsync);
        app.MapPost("/anthropic/v1/messages", services.GetRequiredService<AnthropicChatHandler>().HandleAsync);
        app.MapPost("/cohere/v2/chat", services.GetRequiredService<CohereChatHandler>().HandleAsync);
        app.MapPost("/ollama/api/chat", services.GetRequiredService<OllamaChatHandler>().HandleAsync);
        return app;
    }
}
