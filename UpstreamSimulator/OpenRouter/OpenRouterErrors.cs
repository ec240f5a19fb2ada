using System.Globalization;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.OpenRouter.Wire;
using AspireRouter.UpstreamSimulator.Quotas;

namespace AspireRouter.UpstreamSimulator.OpenRouter;

/// <summary>
/// OpenRouter's failures with the bodies and headers it really sends (https://openrouter.ai/docs/api-reference/errors,
/// https://openrouter.ai/docs/api-reference/limits), as seen in the wild for the messages the docs leave out.
/// </summary>
internal static class OpenRouterErrors
{
    private const string ProviderReturnedError = "Provider returned error";

    public static OpenRouterFailure NoCredentials() => new(401, new OpenRouterError(new OpenRouterErrorBody("No auth credentials found", 401, null), null));

    public static OpenRouterFailure UnknownUser() => new(401, new OpenRouterError(new OpenRouterErrorBody("User not found.", 401, null), null));

    public static OpenRouterFailure BadRequest(string message, string userId) => Simple(400, message, userId);

    public static OpenRouterFailure InvalidModel(string model, string userId) => Simple(400, $"{model} is not a valid model ID", userId);

    /// <summary>The prompt and the completion asked for do not fit the model's context window.</summary>
    public static OpenRouterFailure ContextLengthExceeded(int contextLength, int promptTokens, int completionTokens, string userId) =>
        Simple(
            400,
            $"This endpoint's maximum context length is {contextLength} tokens. However, you requested about {promptTokens + completionTokens} tokens ({promptTokens} of text input, {completionTokens} in the output). Please reduce the length of either one, or use the \"middle-out\" transform to compress your prompt automatically.",
            userId);

    public static OpenRouterFailure NoEndpoints(string model, string userId) => Simple(404, $"No endpoints found for {model}.", userId);

    public static OpenRouterFailure NoToolEndpoints(string userId) =>
        Simple(404, "No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/guides/routing/provider-selection", userId);

    public static OpenRouterFailure NoImageInputEndpoints(string userId) =>
        Simple(404, "No endpoints found that support image input", userId);

    public static OpenRouterFailure NoOutputModalityEndpoints(IEnumerable<string> modalities, string userId) =>
        Simple(404, $"No endpoints found that support the requested output modalities: {string.Join(", ", modalities)}", userId);

    /// <summary>The free-model limits: X-RateLimit-* headers (reset in epoch milliseconds), copied into <c>metadata.headers</c>.</summary>
    public static OpenRouterFailure FreeModelLimit(FreeModelLimit limit, string userId)
    {
        var message = limit.Name == Quotas.FreeModelLimit.PerDay && !limit.HasCredits
            ? "Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day"
            : $"Rate limit exceeded: {limit.Name}.";
        var headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset"] = limit.ResetsAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        var metadata = new JsonObject
        {
            ["headers"] = new JsonObject(headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value))),
            ["provider_name"] = null,
        };
        return new OpenRouterFailure(429, new OpenRouterError(new OpenRouterErrorBody(message, 429, metadata), userId)) { Headers = headers };
    }

    /// <summary>A free model's shared upstream capacity is used up by everyone's traffic.</summary>
    public static OpenRouterFailure SharedCapacity(string model, string upstream, string userId) =>
        Provider(429, userId, new JsonObject
        {
            ["raw"] = $"{model} is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations",
            ["provider_name"] = upstream,
            ["limit_source"] = "upstream_provider_shared_pool",
            ["remedy_hint"] = "Retry shortly, add your own provider key, or route to another provider",
        });

    /// <summary>The upstream provider itself answered 429; its body is passed on in <c>metadata.raw</c>.</summary>
    public static OpenRouterFailure UpstreamRateLimited(string upstream, int retryAfterSeconds, string userId) =>
        Provider(429, userId, new JsonObject
        {
            ["raw"] = $$$"""{"error":{"message":"Rate limit exceeded. Please retry after {{{retryAfterSeconds}}} seconds.","code":429}}""",
            ["provider_name"] = upstream,
            ["retry_after_seconds"] = retryAfterSeconds,
        }) with { RetryAfterSeconds = retryAfterSeconds };

    public static OpenRouterFailure InsufficientCredits(int requestedTokens, string userId) =>
        new(402, new OpenRouterError(
            new OpenRouterErrorBody(
                $"This request requires more credits, or fewer max_tokens. You requested up to {requestedTokens} tokens, but can only afford 0. To increase, visit https://openrouter.ai/settings/credits and upgrade to a paid account",
                402,
                new JsonObject { ["provider_name"] = null }),
            userId));

    /// <summary>The key's own credit limit is spent: a 403 of the key, with no moderation metadata.</summary>
    public static OpenRouterFailure KeyLimitExceeded(string userId) =>
        Simple(403, "Key limit exceeded (total limit). Manage it using https://openrouter.ai/settings/keys", userId);

    public static OpenRouterFailure BadGateway(string upstream, int retryAfterSeconds, string userId) =>
        Provider(502, userId, new JsonObject
        {
            ["raw"] = "upstream connect error or disconnect/reset before headers. reset reason: connection termination",
            ["provider_name"] = upstream,
        }) with { RetryAfterSeconds = retryAfterSeconds };

    public static OpenRouterFailure Unavailable(string upstream, int retryAfterSeconds, string userId) =>
        Provider(503, userId, new JsonObject
        {
            ["raw"] = """{"error":{"type":"Service Unavailable","code":"no_available_workers","message":"No available workers (all circuits open or unhealthy)"}}""",
            ["provider_name"] = upstream,
        }) with { RetryAfterSeconds = retryAfterSeconds };

    /// <summary>The model failed after OpenRouter had committed to 200: the error is the body.</summary>
    public static OpenRouterFailure ErrorIn200(string upstream, string userId) =>
        Provider(502, userId, new JsonObject
        {
            ["raw"] = "The model produced no output.",
            ["provider_name"] = upstream,
        }) with { Status = 200 };

    /// <summary>The <c>error</c> of a chunk that ends a stream mid-way.</summary>
    public static OpenRouterErrorBody MidStream(string upstream) =>
        new($"Upstream error from {upstream}: connection reset by peer", 502, new JsonObject { ["provider_name"] = upstream });

    private static OpenRouterFailure Simple(int status, string message, string userId) =>
        new(status, new OpenRouterError(new OpenRouterErrorBody(message, status, null), userId));

    private static OpenRouterFailure Provider(int status, string userId, JsonObject metadata) =>
        new(status, new OpenRouterError(new OpenRouterErrorBody(ProviderReturnedError, status, metadata), userId));
}
