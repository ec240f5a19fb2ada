using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.UpstreamSimulator.Generic;

/// <summary>Maps the generic OpenAI-compatible providers under <c>/{provider}/v1</c>.</summary>
internal static class GenericEndpoints
{
    public static IEndpointRouteBuilder MapGenericProviders(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/{provider}/v1");
        group.MapGet("/models", app.ServiceProvider.GetRequiredService<GenericModelsEndpoint>().HandleAsync);
        group.MapPost("/chat/completions", app.ServiceProvider.GetRequiredService<GenericChatHandler>().HandleAsync);
        return app;
    }
}
