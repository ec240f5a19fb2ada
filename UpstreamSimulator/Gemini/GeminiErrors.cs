using System.Globalization;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Native;

namespace AspireRouter.UpstreamSimulator.Gemini;

/// <summary>
/// Google's errors as the Gemini API sends them (https://ai.google.dev/gemini-api/docs/troubleshooting): a
/// <c>google.rpc.Status</c> with <c>code</c>, <c>message</c>, <c>status</c> and typed <c>details</c>.
/// </summary>
internal static class GeminiErrors
{
    public static NativeFailure Status(int code, string status, string message, JsonArray? details = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message, ["status"] = status };
        if (details is not null)
        {
            error["details"] = details;
        }

        return new NativeFailure(code, new JsonObject { ["error"] = error });
    }

    /// <summary>A wrong key is a 400 with an <c>ErrorInfo</c> whose reason is <c>API_KEY_INVALID</c>.</summary>
    public static NativeFailure InvalidKey() => Status(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", new JsonArray(
        new JsonObject
        {
            ["@type"] = "type.googleapis.com/google.rpc.ErrorInfo",
            ["reason"] = "API_KEY_INVALID",
            ["domain"] = "googleapis.com",
            ["metadata"] = new JsonObject { ["service"] = "generativelanguage.googleapis.com" },
        }));

    public static NativeFailure InvalidArgument(string message) => Status(400, "INVALID_ARGUMENT", message);

    public static NativeFailure ModelNotFound(string model) => Status(404, "NOT_FOUND",
        $"models/{model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.");

    /// <summary>The free tier's 429: which quota was hit, and a <c>RetryInfo</c> saying when to come back.</summary>
    public static NativeFailure QuotaExhausted(string model, bool perDay, int limit, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var quotaId = perDay ? "GenerateRequestsPerDayPerProjectPerModel-FreeTier" : "GenerateRequestsPerMinutePerProjectPerModel-FreeTier";
        return Status(429, "RESOURCE_EXHAUSTED",
            $"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: {limit}, model: {model}\nPlease retry in {seconds.ToString(CultureInfo.InvariantCulture)}s.",
            new JsonArray(
                new JsonObject
                {
                    ["@type"] = "type.googleapis.com/google.rpc.QuotaFailure",
                    ["violations"] = new JsonArray(new JsonObject
                    {
                        ["quotaMetric"] = "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                        ["quotaId"] = quotaId,
                        ["quotaDimensions"] = new JsonObject { ["location"] = "global", ["model"] = model },
                        ["quotaValue"] = limit.ToString(CultureInfo.InvariantCulture),
                    }),
                },
                new JsonObject
                {
                    ["@type"] = "type.googleapis.com/google.rpc.Help",
                    ["links"] = new JsonArray(new JsonObject { ["description"] = "Learn more about Gemini API quotas", ["url"] = "https://ai.google.dev/gemini-api/docs/rate-limits" }),
                },
                new JsonObject { ["@type"] = "type.googleapis.com/google.rpc.RetryInfo", ["retryDelay"] = $"{seconds.ToString(CultureInfo.InvariantCulture)}s" }));
    }

    public static NativeFailure Overloaded() => Status(503, "UNAVAILABLE", "The model is overloaded. Please try again later.");

    public static NativeFailure Internal() => Status(500, "INTERNAL", "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting");

    public static NativeFailure PermissionDenied() => Status(403, "PERMISSION_DENIED", "Permission denied: Consumer 'api_key' has been suspended.");
}
