using System.Runtime.CompilerServices;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Sessions;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// <c>POST /v1/chat/completions</c>: read and check the body once, resolve model aliases, fit it to the pool's context windows,
/// then hand it to the fallback loop. The other chat-shaped APIs (Responses, Messages) translate their request into a chat
/// body and enter at <see cref="ServeAsync"/> with their own <see cref="IAnswerFormat"/>.
/// </summary>
internal sealed class ChatCompletionsEndpoint(
    ChatForwarder forwarder,
    ContextWindowGuard contextWindow,
    CatalogStore catalog,
    RequestBodyReader bodyReader,
    ModelAliasApplier aliases)
{
    public async Task HandleAsync(HttpContext context)
    {
        using var body = await bodyReader.ReadOrRejectAsync(context);
        if (body is null)
        {
            return;
        }

        await ServeAsync(context, body, format: null);
    }

    /// <summary>Checks a chat body, fits it to the pool's context windows and routes it; the answer is written in <paramref name="format"/> (null: chat completions).</summary>
    /// <param name="maxTokensIsCeiling">The client's <c>max_tokens</c> is an upper bound each model may lower (<see cref="ChatRequest.MaxTokensIsCeiling"/>).</param>
    /// <param name="conversation">The conversation id the client's own request named, when the chat body does not carry it.</param>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask ServeAsync(
        HttpContext context, PooledByteBufferWriter body, IAnswerFormat? format, bool maxTokensIsCeiling = false, ClientConversation? conversation = null)
    {
        if (!ChatRequestReader.TryRead(body.WrittenMemory, out var request, out var error) || !RoutingHintHeaders.TryApply(context.Request.Headers, request, out error))
        {
            await OpenAiErrorResults.WriteAsync(context, StatusCodes.Status400BadRequest, OpenAiError.InvalidRequest(error));
            return;
        }

        request.MaxTokensIsCeiling = maxTokensIsCeiling;
        conversation?.ApplyTo(request);
        SessionHeaders.Identify(context.Request.Headers, request);
        aliases.Apply(context, request);
        if (IsUnknownModel(request))
        {
            await OpenAiErrorResults.InvalidRequestAsync(
                context,
                StatusCodes.Status404NotFound,
                $"The model '{request.Model}' does not exist in the free pool. Use 'free' for any free model, or an id from GET /v1/models.",
                param: "model",
                code: "model_not_found");
            return;
        }

        // An embedding model cannot chat: tried, it would fail upstream and cool down for the embeddings that need it.
        if (request.Model is { } named && catalog.Current.TryGet(named, out var model) && model.Capabilities.HasFlag(ModelCapabilities.Embeddings))
        {
            await OpenAiErrorResults.InvalidRequestAsync(
                context,
                StatusCodes.Status400BadRequest,
                $"The model '{named}' makes embeddings, not chat completions: use it with POST /v1/embeddings, or 'free' for any free chat model.",
                param: "model",
                code: "model_not_supported");
            return;
        }

        using var fit = contextWindow.Fit(request, body);
        switch (fit.Kind)
        {
            case ContextFitKind.Exceeded:
                await ShortfallResponder.WriteContextAsync(context, fit.LargestContext, fit.PromptTokens, fit.CompletionTokens, fit.MiddleOutTried);
                return;
            case ContextFitKind.Trimmed:
                MiddleOutHeaders.Write(context.Response, fit.Plan!);
                await forwarder.ForwardAsync(context, fit.Request!, fit.Body!, format);
                return;
            default:
                await forwarder.ForwardAsync(context, request, body, format);
                return;
        }
    }

    private bool IsUnknownModel(ChatRequest request)
    {
        if (request.Model is not { } model || VirtualModels.TryGetAdditions(model, out _))
        {
            return false;
        }

        var snapshot = catalog.Current;
        if (snapshot.IndexOf(model) >= 0)
        {
            return false;
        }

        foreach (var fallback in request.Models)
        {
            if (snapshot.IndexOf(fallback) >= 0 || VirtualModels.TryGetAdditions(fallback, out _))
            {
                return false;
            }
        }

        return true;
    }
}
