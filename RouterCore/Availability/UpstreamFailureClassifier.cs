using System.Net.Http.Headers;
using System.Text.Json;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Turns an upstream response (status, headers, body) into an <see cref="UpstreamFailure"/>, or null for a success.</summary>
public sealed class UpstreamFailureClassifier(TimeProvider time)
{
    /// <param name="body">The response body, or its first bytes; may be empty.</param>
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
        var kind = KindOf(status, text);
        if (succeeded && kind is UpstreamFailureKind.ServerError or UpstreamFailureKind.BadRequest)
        {
            kind = UpstreamFailureKind.ErrorInBody;
        }

        var accountWindow = kind == UpstreamFailureKind.RateLimited ? UpstreamErrorText.AccountQuotaWindow(text) : null;
        var until = CooldownParser.Later(headers is null ? null : CooldownParser.FromHeaders(headers, now), FromMetadata(error, now));
        return new UpstreamFailure(kind)
        {
            StatusCode = status == 0 ? null : status,
            Message = error?.Message,
            Scope = accountWindow is not null
                || kind == UpstreamFailureKind.Unauthorized
                || (kind == UpstreamFailureKind.PaymentRequired && !UpstreamErrorText.IsRequestScopedPayment(text))
                ? CooldownScope.Provider
                : CooldownScope.Model,
            CooldownUntil = until ?? (accountWindow is { } window ? QuotaWindow.EndOf(now, window) : null),
        };
    }

    private static UpstreamFailureKind KindOf(int status, string text)
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
            403 => UpstreamFailureKind.Forbidden,
            404 => UpstreamFailureKind.NoEndpoints,
            408 => UpstreamFailureKind.Timeout,
            413 => UpstreamFailureKind.ContextLengthExceeded,
            429 => UpstreamFailureKind.RateLimited,
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
