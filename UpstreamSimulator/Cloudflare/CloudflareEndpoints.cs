using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Embeddings;
using AspireRouter.UpstreamSimulator.Native;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.UpstreamSimulator.Cloudflare;

/// <summary>
/// Maps Cloudflare Workers AI's model runs under <c>/cloudflare/client/v4/accounts/{account}/ai/run/{model}</c>. As at
/// Cloudflare, the model's task decides what a run does: its embedding models embed, configured text-generation models chat, any other draws.
/// </summary>
internal static class CloudflareEndpoints
{
    public static IEndpointRouteBuilder MapCloudflare(this IEndpointRouteBuilder app)
    {
        var images = app.ServiceProvider.GetRequiredService<CloudflareImageHandler>();
        var chats = app.ServiceProvider.GetRequiredService<CloudflareChatHandler>();
        var embeddings = app.ServiceProvider.GetRequiredService<CloudflareEmbeddingsHandler>();
        var models = app.ServiceProvider.GetRequiredService<NativeProviderRegistry>();
        app.MapPost("/cloudflare/client/v4/accounts/{account}/ai/run/{**model}", (HttpContext context, string model) =>
            EmbeddingModels.Find(CloudflareEmbeddingsHandler.Provider, model) is not null ? embeddings.HandleAsync(context, CloudflareEmbeddingsHandler.Provider, model)
            : models.Get(NativeKinds.Cloudflare).Find(model) is null ? images.HandleAsync(context, model)
            : chats.HandleAsync(context));
        return app;
    }
}
