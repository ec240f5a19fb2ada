using AspireRouter.RouterApi.Http;

namespace AspireRouter.RouterApi.Messages;

/// <summary>Anthropic's Messages API under <c>/v1/messages</c>; every error there, the 401 and 404 included, in Anthropic's shape.</summary>
internal static class MessagesApi
{
    public static void MapMessagesApi(this WebApplication app, RouteGroupBuilder v1)
    {
        var messages = v1.MapGroup("/messages").WithMetadata(AnthropicErrorDialect.Instance);
        var endpoint = app.Services.GetRequiredService<MessagesEndpoint>();
        messages.MapPost("", endpoint.HandleAsync).WithMetadata(SpendsUpstreamQuota.Instance);
        messages.MapPost("/count_tokens", endpoint.CountTokensAsync);
        app.MapFallback("/v1/messages/{**path}", OpenAiErrorResults.NotFoundAsync).WithMetadata(AnthropicErrorDialect.Instance);
    }
}
