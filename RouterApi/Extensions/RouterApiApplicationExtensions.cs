using AspireRouter.RouterApi.Chat;
using AspireRouter.RouterApi.Embeddings;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterApi.Images;
using AspireRouter.RouterApi.Messages;
using AspireRouter.RouterApi.Responses;
using AspireRouter.RouterApi.Status;

namespace AspireRouter.RouterApi.Extensions;

/// <summary>The OpenAI- and Anthropic-compatible surface under <c>/v1</c>, every route behind the client key, and the index at <c>/</c>.</summary>
public static class RouterApiApplicationExtensions
{
    /// <summary>Call first: every exception the pipeline does not handle becomes a 500 in OpenAI's shape (<see cref="OpenAiExceptionHandler"/>).</summary>
    public static WebApplication UseOpenAiExceptionHandler(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = OpenAiExceptionHandler.HandleAsync,
            SuppressDiagnosticsCallback = _ => true,
        });
        return app;
    }

    /// <summary>
    /// Maps <c>/v1</c>, every route behind the client key (<see cref="ClientKeyGate"/>, a middleware after routing). The routes
    /// that serve models are plain request delegates on their singleton endpoints: no per-request binding or service scope.
    /// </summary>
    public static WebApplication MapRouterApi(this WebApplication app)
    {
        var gate = app.Services.GetRequiredService<ClientKeyGate>();
        app.Use(next => context => gate.InvokeAsync(context, next));
        var v1 = app.MapGroup("/v1").WithMetadata(RequiresClientKey.Instance);
        v1.MapPost("/chat/completions", app.Services.GetRequiredService<ChatCompletionsEndpoint>().HandleAsync).WithMetadata(SpendsUpstreamQuota.Instance);
        v1.MapResponsesApi();
        v1.MapModelsApi();
        v1.MapRouterStatusApi();
        app.MapImagesApi(v1);
        app.MapMessagesApi(v1);
        app.MapRouterIndex();
        v1.MapPost("/embeddings", app.Services.GetRequiredService<EmbeddingsEndpoint>().HandleAsync).WithMetadata(SpendsUpstreamQuota.Instance);
        app.MapFallback("/v1/{**path}", OpenAiErrorResults.NotFoundAsync);
        return app;
    }
}
