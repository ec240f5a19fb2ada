using System.Text.Json;

namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// What OpenRouter's <c>GET /api/v1/key</c> says of the key's daily free-model quota (https://openrouter.ai/docs/api-reference/limits):
/// <c>data.free_model_daily_requests.limit</c> where it is reported, else from <c>data.is_free_tier</c> (true until credits are
/// bought): 50 on the free tier, 1,000 with credits.
/// </summary>
internal static class OpenRouterKeyStatus
{
    /// <summary>OpenRouter's daily limit on <c>:free</c> models for an account that never bought credits.</summary>
    public const int FreeTierRequestsPerDay = 50;

    /// <summary>OpenRouter's daily limit on <c>:free</c> models once the account bought credits.</summary>
    public const int WithCreditsRequestsPerDay = 1000;

    /// <summary>The daily free-model quota the answer states or implies, or null when it says neither.</summary>
    public static int? RequestsPerDay(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("data", out var data)
                || data.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (data.TryGetProperty("free_model_daily_requests", out var daily)
                && daily.ValueKind == JsonValueKind.Object
                && daily.TryGetProperty("limit", out var limit)
                && limit.ValueKind == JsonValueKind.Number
                && limit.TryGetInt32(out var stated)
                && stated > 0)
            {
                return stated;
            }

            return data.TryGetProperty("is_free_tier", out var freeTier) && freeTier.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? freeTier.GetBoolean() ? FreeTierRequestsPerDay : WithCreditsRequestsPerDay
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
