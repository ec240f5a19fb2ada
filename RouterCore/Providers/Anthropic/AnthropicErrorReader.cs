using System.Text.Json;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>Reads Anthropic's errors (https://docs.anthropic.com/en/api/errors); inside a stream, the error type gives the status.</summary>
internal static class AnthropicErrorReader
{
    public static ProviderError? Read(ReadOnlySpan<byte> body, int status)
    {
        if (body.IsEmpty || body.IndexOf("\"error\""u8) < 0)
        {
            return null;
        }

        try
        {
            var response = JsonSerializer.Deserialize(body, AnthropicJsonContext.Default.AnthropicErrorResponse);
            return response is { Type: "error", Error: { } error } ? From(error, status) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <param name="status">The response's status; a 2xx one (an error event in a stream) is replaced by the type's.</param>
    public static ProviderError From(AnthropicError error, int status)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ProviderError(status is >= 200 and < 300 ? StatusOf(error.Type) : status, error.Message ?? error.Type ?? "Anthropic error");
    }

    private static int StatusOf(string? type) => type switch
    {
        "invalid_request_error" => 400,
        "authentication_error" => 401,
        "billing_error" => 402,
        "permission_error" => 403,
        "not_found_error" => 404,
        "request_too_large" => 413,
        "rate_limit_error" => 429,
        "overloaded_error" => 529,
        _ => 500,
    };
}
