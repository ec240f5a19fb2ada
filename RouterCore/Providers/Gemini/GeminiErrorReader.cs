using System.Text.Json;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>
/// Reads Google's error (https://ai.google.dev/gemini-api/docs/troubleshooting): <c>RESOURCE_EXHAUSTED</c> 429s carry a
/// <c>RetryInfo.retryDelay</c>, and a spent per-day quota (<c>...PerDay...</c>) lasts until midnight Pacific time.
/// A wrong key comes as a 400 with reason <c>API_KEY_INVALID</c>: it is the provider's fault, not the request's.
/// </summary>
internal static class GeminiErrorReader
{
    private const string RetryInfo = "type.googleapis.com/google.rpc.RetryInfo";

    public static ProviderError? Read(ReadOnlySpan<byte> body, int status)
    {
        if (body.IsEmpty || body.IndexOf("\"error\""u8) < 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, GeminiJsonContext.Default.GeminiErrorResponse)?.Error is { } error ? From(error, status) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static ProviderError From(GeminiError error, int status)
    {
        ArgumentNullException.ThrowIfNull(error);
        TimeSpan? retryAfter = null;
        var perDay = false;
        var keyInvalid = false;
        foreach (var detail in error.Details ?? [])
        {
            if (detail.Type == RetryInfo && detail.RetryDelay is { } delay && RateLimitDurationParser.TryParse(delay, out var wait))
            {
                retryAfter = wait;
            }

            keyInvalid |= detail.Reason == "API_KEY_INVALID";
            perDay |= detail.Violations?.Any(violation => violation.QuotaId?.Contains("PerDay", StringComparison.Ordinal) == true) == true;
        }

        return new ProviderError(keyInvalid ? 401 : error.Code ?? status, error.Message ?? error.Status ?? "Gemini error")
        {
            RetryAfter = retryAfter,
            Reset = perDay ? QuotaReset.PacificDay : QuotaReset.None,
        };
    }
}
