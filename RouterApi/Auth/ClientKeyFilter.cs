using AspireRouter.RouterApi.Forwarding;

namespace AspireRouter.RouterApi.Auth;

/// <summary>Endpoint filter: 401 in OpenAI's shape unless the request carries a known router key; the key's name goes into <see cref="HttpContext.Items"/>.</summary>
internal sealed class ClientKeyFilter(ClientKeyAuthenticator authenticator) : IEndpointFilter
{
    public const string KeyNameItem = "router.key-name";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var authorization = http.Request.Headers.Authorization;
        if (authorization.Count == 0 || string.IsNullOrWhiteSpace(authorization[0]))
        {
            await OpenAiErrorResults.MissingKeyAsync(http);
            return null;
        }

        if (!authenticator.TryAuthenticate(authorization[0], out var keyName))
        {
            await OpenAiErrorResults.InvalidKeyAsync(http);
            return null;
        }

        http.Items[KeyNameItem] = keyName;
        return await next(context);
    }
}
