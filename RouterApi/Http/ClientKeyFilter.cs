namespace AspireRouter.RouterApi.Http;

/// <summary>
/// Endpoint filter: 401 unless the request carries a known router key, as <c>Authorization: Bearer</c> (OpenAI's clients) or
/// <c>x-api-key</c> (Anthropic's); the key's name goes into <see cref="HttpContext.Items"/>.
/// </summary>
internal sealed class ClientKeyFilter(ClientKeyAuthenticator authenticator) : IEndpointFilter
{
    public const string KeyNameItem = "router.key-name";
    private const string ApiKeyHeader = "x-api-key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var authorization = http.Request.Headers.Authorization.ToString();
        var apiKey = http.Request.Headers[ApiKeyHeader].ToString();
        var bearer = ClientKeyAuthenticator.CarriesKey(authorization);
        if (!bearer && apiKey.AsSpan().Trim().IsEmpty)
        {
            await OpenAiErrorResults.MissingKeyAsync(http);
            return Results.Empty;
        }

        var known = bearer ? authenticator.TryAuthenticate(authorization, out var keyName) : authenticator.TryAuthenticateKey(apiKey, out keyName);
        if (!known)
        {
            await OpenAiErrorResults.InvalidKeyAsync(http);
            return Results.Empty;
        }

        http.Items[KeyNameItem] = keyName;
        return await next(context);
    }
}
