using System.Text.Json;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>
/// Reads Cohere's errors (https://docs.cohere.com/reference/errors): <c>{"message":...}</c> with the HTTP status. A trial key's
/// monthly allowance, once spent, holds every model of the provider until the month ends.
/// </summary>
internal static class CohereErrorReader
{
    public static ProviderError? Read(ReadOnlySpan<byte> body, int status)
    {
        if (status is >= 200 and < 300 || body.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, CohereJsonContext.Default.CohereErrorResponse)?.Message is { } message
                ? From(status, message)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static ProviderError From(int status, string message)
    {
        var monthly = status == 429 && message.Contains("month", StringComparison.OrdinalIgnoreCase);
        return new ProviderError(status, message)
        {
            Reset = monthly ? QuotaReset.Month : QuotaReset.None,
            Scope = monthly ? CooldownScope.Provider : CooldownScope.Model,
        };
    }
}
