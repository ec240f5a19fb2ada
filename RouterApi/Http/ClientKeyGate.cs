using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterApi.Http;

/// <summary>
/// Middleware, after routing: on an endpoint that <see cref="RequiresClientKey"/>, 401 unless the request carries a known router
/// key, as <c>Authorization: Bearer</c> (OpenAI's clients) or <c>x-api-key</c> (Anthropic's); the key's
/// <see cref="ClientKeyIdentity"/> (one shared instance a key) goes into the request's features, where no per-request
/// dictionary is needed to hold it. On an endpoint that <see cref="SpendsUpstreamQuota"/>, a key with limits is counted and
/// refused with 429 past them, before any upstream call; a key without limits costs nothing more. A middleware rather than an
/// endpoint filter, so the routes it guards stay plain request delegates (no per-request filter context, boxing or service scope).
/// </summary>
internal sealed class ClientKeyGate(ClientKeyAuthenticator authenticator, ClientKeyLimiter limiter)
{
    private const string ApiKeyHeader = "x-api-key";

    // Synchronous until the endpoint for a key without limits: no state machine of its own on the hot path.
    public Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (!RequiresClientKey.AppliesTo(http))
        {
            return next(http);
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        var apiKey = http.Request.Headers[ApiKeyHeader].ToString();
        var bearer = ClientKeyAuthenticator.CarriesKey(authorization);
        if (!bearer && apiKey.AsSpan().Trim().IsEmpty)
        {
            return OpenAiErrorResults.MissingKeyAsync(http);
        }

        var known = bearer ? authenticator.TryAuthenticate(authorization, out var key) : authenticator.TryAuthenticateKey(apiKey, out key);
        if (!known)
        {
            return OpenAiErrorResults.InvalidKeyAsync(http);
        }

        var identity = key!;
        http.Features.Set(identity);
        return identity.Limits is { } limits && SpendsUpstreamQuota.AppliesTo(http)
            ? LimitedAsync(http, next, identity.Name, limits)
            : next(http);
    }

    private async Task LimitedAsync(HttpContext http, RequestDelegate next, string keyName, ClientKeyLimits limits)
    {
        var decision = await limiter.TryAcquireAsync(keyName, limits);
        if (!decision.Allowed)
        {
            await OpenAiErrorResults.KeyLimitReachedAsync(http, decision);
            return;
        }

        await next(http);
    }
}
