using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Native;

namespace AspireRouter.UpstreamSimulator.Cloudflare;

/// <summary>
/// Workers AI errors in Cloudflare's envelope, with the internal codes of https://developers.cloudflare.com/workers-ai/platform/errors/.
/// </summary>
internal static class CloudflareErrors
{
    public static JsonObject Envelope(int code, string message) => new()
    {
        ["result"] = null,
        ["success"] = false,
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
        ["messages"] = new JsonArray(),
    };

    public static NativeFailure Error(int status, int code, string message) => new(status, Envelope(code, message));

    public static NativeFailure AuthenticationError() => Error(401, 10000, "Authentication error");

    public static NativeFailure InvalidInput(string message) => Error(400, 3003, message);

    public static NativeFailure NoSuchModel(string model) => Error(400, 5007, $"No such model {model} or task");

    /// <summary>3036: the account's daily free neurons are spent until 00:00 UTC.</summary>
    public static NativeFailure DailyAllocationSpent() =>
        Error(429, 3036, "You have used up your daily free allocation of 10,000 neurons. Please upgrade to Cloudflare's Workers Paid plan if you would like to continue usage.");

    /// <summary>3040: no capacity for the model right now.</summary>
    public static NativeFailure OutOfCapacity() => Error(429, 3040, "Capacity temporarily exceeded, please try again.");

    public static NativeFailure AccountBlocked() => Error(403, 3023, "Service unavailable for account");

    public static NativeFailure Internal() => Error(500, 5000, "Internal server error");
}
