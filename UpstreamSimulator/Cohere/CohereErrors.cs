using System.Globalization;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Native;

namespace AspireRouter.UpstreamSimulator.Cohere;

/// <summary>Cohere's errors (https://docs.cohere.com/reference/errors): <c>{"id":...,"message":...}</c> with the HTTP status.</summary>
internal static class CohereErrors
{
    public static NativeFailure Error(int status, string message) =>
        new(status, new JsonObject { ["id"] = "8e3b5e3a-5e0a-4c3b-a4a8-2bc1d5c8a5a3", ["message"] = message });

    public static NativeFailure InvalidKey() => Error(401, "invalid api token");

    public static NativeFailure BadRequest(string message) => Error(400, message);

    public static NativeFailure ModelNotFound(string model) =>
        Error(404, $"model '{model}' not found, make sure the correct model ID was used and that you have access to the model.");

    /// <summary>A trial key's limits: calls a minute, and calls a month (the month simulated as the day limit).</summary>
    public static NativeFailure TrialLimit(int limit, bool monthly, TimeSpan retryAfter) =>
        Error(429, $"You are using a Trial key, which is limited to {limit.ToString(CultureInfo.InvariantCulture)} API calls / {(monthly ? "month" : "minute")}. You can continue to use the Trial key for free or upgrade to a Production key with higher rate limits at 'https://dashboard.cohere.com/api-keys'. Contact us on 'https://discord.gg/XW44jPfYJu' or email us at support@cohere.com with any questions")
            with { RetryAfterSeconds = monthly ? null : Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) };

    public static NativeFailure Internal() => Error(500, "internal server error, this has been reported to our developers");

    public static NativeFailure Unavailable() => Error(503, "service unavailable");

    public static NativeFailure PaymentRequired() => Error(402, "Please add or update your payment method at https://dashboard.cohere.com/billing.");
}
