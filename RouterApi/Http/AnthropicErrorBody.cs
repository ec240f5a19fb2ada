using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Http;

/// <summary>
/// Anthropic's error shape, <c>{"type":"error","error":{"type","message"}}</c>, and its statuses: the router's OpenAI error
/// (and its status) becomes the Anthropic type a client of the Messages API handles (https://docs.claude.com/en/api/errors).
/// </summary>
internal static class AnthropicErrorBody
{
    /// <summary>Anthropic's status for "overloaded": every candidate failed.</summary>
    public const int OverloadedStatus = 529;

    /// <summary>The status Anthropic uses for what the router answers with <paramref name="status"/>.</summary>
    public static int StatusFor(int status) => status == StatusCodes.Status503ServiceUnavailable ? OverloadedStatus : status;

    /// <summary>Anthropic's error type for a status it answers with.</summary>
    public static string TypeFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "authentication_error",
        StatusCodes.Status402PaymentRequired => "billing_error",
        StatusCodes.Status403Forbidden => "permission_error",
        StatusCodes.Status404NotFound => "not_found_error",
        StatusCodes.Status413PayloadTooLarge => "request_too_large",
        StatusCodes.Status429TooManyRequests => "rate_limit_error",
        StatusCodes.Status504GatewayTimeout => "timeout_error",
        OverloadedStatus => "overloaded_error",
        < 500 => "invalid_request_error",
        _ => "api_error",
    };

    public static void Write(IBufferWriter<byte> output, string type, string message)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteString("type"u8, "error"u8);
        writer.WriteStartObject("error"u8);
        writer.WriteString("type"u8, type);
        writer.WriteString("message"u8, message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The body for the router's <paramref name="error"/>; a parameter it names prefixes the message, as Anthropic's own do.</summary>
    public static void Write(IBufferWriter<byte> output, int anthropicStatus, OpenAiError error)
    {
        var named = error.Param is { Length: > 0 } param && !error.Message.StartsWith(param, StringComparison.Ordinal);
        Write(output, TypeFor(anthropicStatus), named ? $"{error.Param}: {error.Message}" : error.Message);
    }
}
