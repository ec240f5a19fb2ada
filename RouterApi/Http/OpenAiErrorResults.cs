using System.Buffers;
using System.Globalization;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.State;
using Microsoft.Net.Http.Headers;

namespace AspireRouter.RouterApi.Http;

/// <summary>
/// Writes OpenAI-shaped errors (<c>{"error":{"message","type","param","code"}}</c>) with their status; on an endpoint with
/// <see cref="AnthropicErrorDialect"/>, the same error in Anthropic's shape and status (<see cref="AnthropicErrorBody"/>).
/// </summary>
internal static class OpenAiErrorResults
{
    public static Task WriteAsync(HttpContext context, int status, OpenAiError error, TimeSpan? retryAfter = null)
    {
        var response = context.Response;
        response.ContentType = "application/json";
        if (retryAfter is { } wait)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
            response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (AnthropicErrorDialect.AppliesTo(context))
        {
            response.StatusCode = AnthropicErrorBody.StatusFor(status);
            var anthropic = new ArrayBufferWriter<byte>(256);
            AnthropicErrorBody.Write(anthropic, response.StatusCode, error);
            response.ContentLength = anthropic.WrittenCount;
            return response.Body.WriteAsync(anthropic.WrittenMemory, context.RequestAborted).AsTask();
        }

        response.StatusCode = status;
        var body = OpenAiErrorWriter.ToUtf8Bytes(error);
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    public static Task InvalidRequestAsync(HttpContext context, int status, string message, string? param, string? code) =>
        WriteAsync(context, status, new OpenAiError(message, OpenAiError.InvalidRequestType, param, code));

    public static Task MissingKeyAsync(HttpContext context) =>
        InvalidRequestAsync(
            context,
            StatusCodes.Status401Unauthorized,
            "You didn't provide an API key. Send your router key in an Authorization header using Bearer auth (Authorization: Bearer YOUR_KEY) or in an x-api-key header.",
            param: null,
            code: null);

    public static Task InvalidKeyAsync(HttpContext context) =>
        InvalidRequestAsync(context, StatusCodes.Status401Unauthorized, "Incorrect API key provided.", param: null, code: "invalid_api_key");

    /// <summary>429 with <c>Retry-After</c> to the end of the window of the client key's limit that <paramref name="decision"/> refused.</summary>
    public static Task KeyLimitReachedAsync(HttpContext context, ClientKeyLimitDecision decision)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        return WriteAsync(
            context,
            StatusCodes.Status429TooManyRequests,
            new OpenAiError(
                string.Create(CultureInfo.InvariantCulture, $"This key's limit of {decision.Limit} is reached; try again in {seconds} s."),
                "requests",
                null,
                "rate_limit_exceeded"),
            TimeSpan.FromSeconds(seconds));
    }

    public static Task NotFoundAsync(HttpContext context) =>
        InvalidRequestAsync(
            context,
            StatusCodes.Status404NotFound,
            $"Unknown request URL: {context.Request.Method} {context.Request.Path}.",
            param: null,
            code: "unknown_url");
}
