using System.Globalization;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Native;

namespace AspireRouter.UpstreamSimulator.Anthropic;

/// <summary>The Messages API's errors (https://docs.anthropic.com/en/api/errors): <c>{"type":"error","error":{"type","message"},"request_id"}</c>.</summary>
internal static class AnthropicErrors
{
    public static JsonObject Body(string type, string message) => new()
    {
        ["type"] = "error",
        ["error"] = new JsonObject { ["type"] = type, ["message"] = message },
        ["request_id"] = "req_011CSHoEeqs5C35K2UUqR7Fy",
    };

    public static NativeFailure Error(int status, string type, string message) => new(status, Body(type, message));

    public static NativeFailure InvalidKey() => Error(401, "authentication_error", "invalid x-api-key");

    public static NativeFailure InvalidRequest(string message) => Error(400, "invalid_request_error", message);

    public static NativeFailure ModelNotFound(string model) => Error(404, "not_found_error", $"model: {model}");

    /// <summary>A 429 with <c>retry-after</c> and the <c>anthropic-ratelimit-requests-*</c> headers (https://docs.anthropic.com/en/api/rate-limits).</summary>
    public static NativeFailure RateLimited(int limit, TimeSpan retryAfter, DateTimeOffset now)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return Error(429, "rate_limit_error", $"This request would exceed the rate limit for your organization of {limit} requests per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.") with
        {
            RetryAfterSeconds = seconds,
            Headers = new Dictionary<string, string>
            {
                ["anthropic-ratelimit-requests-limit"] = limit.ToString(CultureInfo.InvariantCulture),
                ["anthropic-ratelimit-requests-remaining"] = "0",
                ["anthropic-ratelimit-requests-reset"] = (now + TimeSpan.FromSeconds(seconds)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            },
        };
    }

    public static NativeFailure Overloaded() => Error(529, "overloaded_error", "Overloaded");

    public static NativeFailure Billing() => Error(402, "billing_error", "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.");

    public static NativeFailure ApiError() => Error(500, "api_error", "Internal server error");
}
