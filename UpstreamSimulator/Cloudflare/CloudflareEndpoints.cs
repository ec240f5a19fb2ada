using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.UpstreamSimulator.Cloudflare;

/// <summary>Maps Cloudflare Workers AI's model runs under <c>/cloudflare/client/v4/accounts/{account}/ai/run/{model}</c>.</summary>
internal static class CloudflareEndpoints
{
    public static IEndpointRouteBuilder MapCloudflare(this IEndpointRouteBuilder app)
    {
        var handler = app.ServiceProvider.GetRequiredService<CloudflareImageHandler>();
        app.MapPost("/cloudflare/client/v4/accounts/{account}/ai/run/{**model}", (HttpContext context, string model) => handler.HandleAsync(context, model));
        return app;
    }
}
