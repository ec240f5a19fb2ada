using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterApi.Http;

/// <summary>
/// Endpoint filter: 401 unless the request carries a known router key, as <c>Authorization: Bearer</c> (OpenAI's clients) or
/// <c>x-api-key</c> (Anthropic's); the key's name goes into <see cref="HttpContext.Items"/>. On an endpoint that
/// <see cref="SpendsUpstreamQuota"/>, a key with limits is counted and refused with 429 past them, before any upstream call;
/// a key without limits costs nothing more.
/// </summary>
internal sealed class ClientKeyFilter(ClientKeyAuthenticator authenticator, ClientKeyLimiter limiter) : IEndpointFilter
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

        var known = bearer ? authenticator.TryAuthenticate(authorization, out var key) : authenticator.TryAuthenticateKey(apiKey, out key);
        if (!known)
        {
            await OpenAiErrorResults.InvalidKeyAsync(http);
            return Results.Empty;
        }

        http.Items[KeyNameItem] = key!.Name;
        if (key.Limits is { } limits && SpendsUpstreamQuota.AppliesTo(http))
        {
            var decision = await limiter.TryAcquireAsync(key.Name, limits);
            if (!decision.Allowed)
            {
                await OpenAiErrorResults.KeyLimitReachedAsync(http, decision);
                return Results.Empty;
            }
        }

        return await next(context);
    }
}
