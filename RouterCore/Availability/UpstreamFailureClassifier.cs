using System.Net.Http.Headers;
using System.Text.Json;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Turns an upstream response (status, headers, body) into an <see cref="UpstreamFailure"/>, or null for a success.</summary>
public sealed class UpstreamFailureClassifier(TimeProvider time)
{
    /// <param name="body">The response body in OpenAI's or OpenRouter's error shape, or its first bytes; may be empty.</param>
    public UpstreamFailure? Classify(int statusCode, HttpHeaders? headers, ReadOnlySpan<byte> body)
    {
        var error = UpstreamErrorResponse.TryParse(body);
        var succeeded = statusCode is >= 200 and < 300;
        if (succeeded && error is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var status = succeeded ? error?.StatusCode ?? 0 : statusCode;
        var text = error?.Text ?? "";
        var kind = KindOf(status, text, succeeded, error?.Metadata?.IsModeration == true);
        var accountWindow = kind == UpstreamFailureKind.RateLimited ? UpstreamErrorText.AccountQuotaWindow(text) : null;
        var until = CooldownParser.Later(headers is null ? null : CooldownParser.FromHeaders(headers, now), FromMetadata(error, now));
        return new UpstreamFailure(kind)
        {
            StatusCode = status == 0 ? null : status,
            Message = error?.Message,
            Scope = accountWindow is not null || IsProviderWide(kind, text) ? CooldownScope.Provider : CooldownScope.Model,
            CooldownUntil = until ?? (accountWindow is { } window ? QuotaWindow.EndOf(now, window) : null),
        };
    }

    /// <summary>An error a provider's adapter read from its own wire format.</summary>
    /// <param name="statusCode">The response's status (2xx when the error came inside a successful response or stream).</param>
    public UpstreamFailure Classify(int statusCode, HttpHeaders? headers, ProviderError error)
    {
        var now = time.GetUtcNow();
        var succeeded = statusCode is >= 200 and < 300;
        var kind = KindOf(error.Status, error.Message, succeeded, moderated: false);
        var hinted = error.RetryAfter is { } wait ? CooldownParser.FromSeconds(wait.TotalSeconds, now) : null;
        var reset = QuotaWindow.EndOf(now, error.Reset) is { } end ? CooldownParser.FromSeconds((end - now).TotalSeconds, now) : null;
        return new UpstreamFailure(kind)
        {
            StatusCode = error.Status,
            Message = error.Message,
            Scope = error.Scope == CooldownScope.Provider || IsProviderWide(kind, error.Message) ? CooldownScope.Provider : CooldownScope.Model,
            CooldownUntil = CooldownParser.Later(CooldownParser.Later(headers is null ? null : CooldownParser.FromHeaders(headers, now), hinted), reset),
        };
    }

    private static bool IsProviderWide(UpstreamFailureKind kind, string text) =>
        kind == UpstreamFailureKind.Unauthorized
        || (kind == UpstreamFailureKind.PaymentRequired && !UpstreamErrorText.IsRequestScopedPayment(text));

    private static UpstreamFailureKind KindOf(int status, string text, bool inSuccessfulResponse, bool moderated)
    {
        var kind = KindOf(status, text, moderated);
        return inSuccessfulResponse && kind is UpstreamFailureKind.ServerError or UpstreamFailureKind.BadRequest
            ? UpstreamFailureKind.ErrorInBody
            : kind;
    }

    // A 403 is OpenRouter's moderation refusal when it says what was flagged; any other 403 refuses the key, like a 401.
    private static UpstreamFailureKind KindOf(int status, string text, bool moderated)
    {
        if ((status is 400 or 413 or 0) && UpstreamErrorText.IsContextLength(text))
        {
            return UpstreamFailureKind.ContextLengthExceeded;
        }

        if (UpstreamErrorText.IsNoEndpoints(text))
        {
            return UpstreamFailureKind.NoEndpoints;
        }

        return status switch
        {
            401 => UpstreamFailureKind.Unauthorized,
            402 => UpstreamFailureKind.PaymentRequired,
            403 => moderated ? UpstreamFailureKind.Forbidden : UpstreamFailureKind.Unauthorized,
            404 => UpstreamFailureKind.NoEndpoints,
            408 => UpstreamFailureKind.Timeout,
            413 => UpstreamFailureKind.ContextLengthExceeded,
            429 => UpstreamFailureKind.RateLimited,

            // Anthropic's overloaded_error: capacity, not a broken model; it passes like a rate limit.
            529 => UpstreamFailureKind.RateLimited,
            >= 400 and < 500 => UpstreamFailureKind.BadRequest,
            _ => UpstreamFailureKind.ServerError,
        };
    }

    // OpenRouter relays the upstream provider's rate-limit headers and a retry hint inside error.metadata.
    private static DateTimeOffset? FromMetadata(UpstreamErrorDetail? error, DateTimeOffset now)
    {
        var metadata = error?.Metadata;
        if (metadata is null)
        {
            return null;
        }

        var until = metadata.RetryAfterSeconds is { } seconds ? CooldownParser.FromSeconds(seconds, now) : null;
        foreach (var (name, value) in metadata.Headers ?? new Dictionary<string, JsonElement>())
        {
            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            until = CooldownParser.Later(until, text is null ? null : CooldownParser.FromHeader(name, text, now));
        }

        return until;
    }
}
