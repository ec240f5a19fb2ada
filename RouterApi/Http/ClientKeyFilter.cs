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

    // Synchronous until the endpoint for a key without limits: no state machine of its own on the hot path.
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var authorization = http.Request.Headers.Authorization.ToString();
        var apiKey = http.Request.Headers[ApiKeyHeader].ToString();
        var bearer = ClientKeyAuthenticator.CarriesKey(authorization);
        if (!bearer && apiKey.AsSpan().Trim().IsEmpty)
        {
            return RefuseAsync(OpenAiErrorResults.MissingKeyAsync(http));
        }

        var known = bearer ? authenticator.TryAuthenticate(authorization, out var key) : authenticator.TryAuthenticateKey(apiKey, out key);
        if (!known)
        {
            return RefuseAsync(OpenAiErrorResults.InvalidKeyAsync(http));
        }

        http.Items[KeyNameItem] = key!.Name;
        return key.Limits is { } limits && SpendsUpstreamQuota.AppliesTo(http)
            ? LimitedAsync(context, next, key.Name, limits)
            : next(context);
    }

    private async ValueTask<object?> LimitedAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string keyName, ClientKeyLimits limits)
    {
        var decision = await limiter.TryAcquireAsync(keyName, limits);
        if (!decision.Allowed)
        {
            await OpenAiErrorResults.KeyLimitReachedAsync(context.HttpContext, decision);
            return Results.Empty;
        }

        return await next(context);
    }

    private static async ValueTask<object?> RefuseAsync(Task written)
    {
        await written;
        return Results.Empty;
    }
}
