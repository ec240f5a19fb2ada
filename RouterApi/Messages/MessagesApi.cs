using AspireRouter.RouterApi.Http;

namespace AspireRouter.RouterApi.Messages;

/// <summary>Anthropic's Messages API under <c>/v1/messages</c>; every error there, the 401 and 404 included, in Anthropic's shape.</summary>
internal static class MessagesApi
{
    public static void MapMessagesApi(this WebApplication app, RouteGroupBuilder v1)
    {
        var messages = v1.MapGroup("/messages").WithMetadata(AnthropicErrorDialect.Instance);
        messages.MapPost("", (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context)).WithMetadata(SpendsUpstreamQuota.Instance);
        messages.MapPost("/count_tokens", (HttpContext context, MessagesEndpoint endpoint) => endpoint.CountTokensAsync(context));
        app.MapFallback("/v1/messages/{**path}", OpenAiErrorResults.NotFoundAsync).WithMetadata(AnthropicErrorDialect.Instance);
    }
}
