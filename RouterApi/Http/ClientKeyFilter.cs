
namespace AspireRouter.RouterApi.Http;

/// <summary>Endpoint filter: 401 in OpenAI's shape unless the request carries a known router key; the key's name goes into <see cref="HttpContext.Items"/>.</summary>
internal sealed class ClientKeyFilter(ClientKeyAuthenticator authenticator) : IEndpointFilter
{
    public const string KeyNameItem = "router.key-name";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var authorization = http.Request.Headers.Authorization.ToString();
        if (!ClientKeyAuthenticator.CarriesKey(authorization))
        {
            await OpenAiErrorResults.MissingKeyAsync(http);
            return Results.Empty;
        }

        if (!authenticator.TryAuthenticate(authorization, out var keyName))
        {
            await OpenAiErrorResults.InvalidKeyAsync(http);
            return Results.Empty;
        }

        http.Items[KeyNameItem] = keyName;
        return await next(context);
    }
}
