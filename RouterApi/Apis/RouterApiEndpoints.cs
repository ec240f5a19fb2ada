using AspireRouter.RouterApi.Auth;
using AspireRouter.RouterApi.Forwarding;

namespace AspireRouter.RouterApi.Apis;

/// <summary>The OpenAI-compatible surface under <c>/v1</c>, every route behind the client key.</summary>
internal static class RouterApiEndpoints
{
    public static WebApplication MapRouterApi(this WebApplication app)
    {
        var v1 = app.MapGroup("/v1").AddEndpointFilter<ClientKeyFilter>();
        v1.MapPost("/chat/completions", (HttpContext context, ChatCompletionsEndpoint endpoint) => endpoint.HandleAsync(context));
        v1.MapModelsApi();
        v1.MapRouterStatusApi();
        app.MapImagesApi(v1);
        app.MapFallback("/v1/{**path}", OpenAiErrorResults.NotFoundAsync);
        return app;
    }
}
