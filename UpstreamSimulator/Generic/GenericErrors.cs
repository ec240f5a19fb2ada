using AspireRouter.UpstreamSimulator.Determinism;
using AspireRouter.UpstreamSimulator.Generic.Wire;
using AspireRouter.UpstreamSimulator.Quotas;

namespace AspireRouter.UpstreamSimulator.Generic;

/// <summary>The errors of OpenAI-compatible providers, worded as Groq words them (https://console.groq.com/docs/rate-limits).</summary>
internal static class GenericErrors
{
    public static GenericFailure InvalidKey() => new(401, new GenericErrorBody("Invalid API Key", "invalid_request_error", "invalid_api_key"));

    public static GenericFailure UnknownProvider(string name) => new(404, new GenericErrorBody($"Unknown provider '{name}'.", "invalid_request_error", "not_found"));

    public static GenericFailure BadRequest(string message) => new(400, new GenericErrorBody(message, "invalid_request_error", null));

    public static GenericFailure ModelNotFound(string model) =>
        new(404, new GenericErrorBody($"The model `{model}` does not exist or you do not have access to it.", "invalid_request_error", "model_not_found"));

    public static GenericFailure RateLimited(string model, string key, string limitName, int limit, TimeSpan retryAfter)
    {
        var wait = GoDuration.Format(retryAfter);
        var organization = "org_" + StableHash.Tag(StableHash.Of(key), 26);
        var message = $"Rate limit reached for model `{model}` in organization `{organization}` service tier `on_demand` on {limitName}: Limit {limit}, Used {limit}, Requested 1. Please try again in {wait}. Visit https://console.groq.com/docs/rate-limits for more information.";
        return new GenericFailure(429, new GenericErrorBody(message, limitName.Contains("token", StringComparison.Ordinal) ? "tokens" : "requests", "rate_limit_exceeded"))
        {
            RetryAfterSeconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)),
        };
    }

    public static GenericFailure RateLimited(string model, string key, RateLimitVerdict verdict) =>
        RateLimited(model, key, verdict.RefusedBy!, verdict.RefusedLimit, verdict.RetryAfter);

    public static GenericFailure OverCapacity(int retryAfterSeconds) =>
        new(429, new GenericErrorBody("The model is currently over capacity. Please try again later.", "server_error", "over_capacity")) { RetryAfterSeconds = retryAfterSeconds };

    public static GenericFailure InsufficientQuota() =>
        new(402, new GenericErrorBody("You exceeded your current quota, please check your plan and billing details.", "insufficient_quota", "insufficient_quota"));

    public static GenericFailure PermissionDenied() =>
        new(403, new GenericErrorBody("Your API key is not permitted to use this project. Check its permissions.", "permission_denied", "permission_denied"));

    public static GenericFailure BadGateway(int retryAfterSeconds) =>
        new(502, new GenericErrorBody("Bad gateway.", "internal_server_error", "bad_gateway")) { RetryAfterSeconds = retryAfterSeconds };

    public static GenericFailure Unavailable(int retryAfterSeconds) =>
        new(503, new GenericErrorBody("Service Unavailable", "internal_server_error", "service_unavailable")) { RetryAfterSeconds = retryAfterSeconds };

    /// <summary>A failure reported in a 200 body, or as the last event of a stream.</summary>
    public static GenericErrorBody ServerError() => new("The server had an error while processing your request. Sorry about that!", "server_error", null);
}
