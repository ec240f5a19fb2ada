using System.Text.Json;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary>
/// Reads Workers AI errors (https://developers.cloudflare.com/workers-ai/platform/errors/) by their internal code:
/// 3036 (4006 in older answers), the account's daily free neurons spent, holds the whole provider until UTC midnight;
/// 3040 is a capacity 429.
/// </summary>
internal static class CloudflareErrorReader
{
    private const int AccountLimited = 3036;
    private const int DailyAllocationSpent = 4006;

    public static ProviderError? Read(ReadOnlySpan<byte> body, int status)
    {
        if (body.IsEmpty || body.IndexOf("\"errors\""u8) < 0)
        {
            return null;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize(body, CloudflareJsonContext.Default.CloudflareEnvelope);
            return envelope is { Success: false, Errors: [var first, ..] } ? From(first, status) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <param name="status">The response's status; a known code's own status wins (a missing model is a 404, not a bad request).</param>
    public static ProviderError From(CloudflareMessage error, int status)
    {
        ArgumentNullException.ThrowIfNull(error);
        var spent = error.Code is AccountLimited or DailyAllocationSpent;
        return new ProviderError(StatusOf(error.Code) ?? (status is >= 200 and < 300 ? 500 : status), $"{error.Message} (Workers AI error {error.Code})")
        {
            Reset = spent ? QuotaReset.UtcDay : QuotaReset.None,
            Scope = spent ? CooldownScope.Provider : CooldownScope.Model,
        };
    }

    private static int? StatusOf(int code) => code switch
    {
        3036 or 4006 or 3040 => 429,
        3042 or 5007 => 404,
        3006 => 413,
        3007 or 3008 => 408,
        3023 or 3041 or 5016 or 5018 => 403,
        3003 or 3039 or 5004 => 400,
        _ => null,
    };
}
