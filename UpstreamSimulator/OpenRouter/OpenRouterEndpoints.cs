using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.UpstreamSimulator.OpenRouter;

/// <summary>Maps the simulated OpenRouter API under <c>/openrouter/api/v1</c>.</summary>
internal static class OpenRouterEndpoints
{
    public static IEndpointRouteBuilder MapOpenRouter(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(OpenRouterNames.BasePath);
        group.MapGet("/models", app.ServiceProvider.GetRequiredService<OpenRouterModelsEndpoint>().HandleAsync);
        group.MapGet("/key", app.ServiceProvider.GetRequiredService<OpenRouterKeyEndpoint>().HandleAsync);
        group.MapPost("/chat/completions", app.ServiceProvider.GetRequiredService<OpenRouterChatHandler>().HandleAsync);
        return app;
    }
}
