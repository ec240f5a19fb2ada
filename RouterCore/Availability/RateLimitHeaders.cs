using System.Net.Http.Headers;

namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// Reads an upstream answer's rate-limit headers for a window with no request left: OpenRouter's account-wide
/// <c>X-RateLimit-Remaining</c>/<c>X-RateLimit-Reset</c> (epoch milliseconds), and the per-model
/// <c>x-ratelimit-remaining-requests</c>/<c>x-ratelimit-reset-requests</c> (a duration such as <c>2m59.56s</c>) of Groq,
/// OpenAI and the OpenAI-compatible providers that copy them. Nothing is allocated when the headers are absent.
/// </summary>
public static class RateLimitHeaders
{
    private const string Remaining = "X-RateLimit-Remaining";
    private const string Reset = "X-RateLimit-Reset";
    private const string RemainingRequests = "X-RateLimit-Remaining-Requests";
    private const string ResetRequests = "X-RateLimit-Reset-Requests";

    /// <summary>Until when no request may go because a window is spent, or null; <paramref name="scope"/> says whose window it is.</summary>
    public static DateTimeOffset? SpentUntil(HttpResponseHeaders headers, DateTimeOffset now, out CooldownScope scope)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (SpentUntil(headers, Remaining, Reset, now) is { } account)
        {
            scope = CooldownScope.Provider;
            return account;
        }

        scope = CooldownScope.Model;
        return SpentUntil(headers, RemainingRequests, ResetRequests, now);
    }

    private static DateTimeOffset? SpentUntil(HttpResponseHeaders headers, string remaining, string reset, DateTimeOffset now)
    {
        var values = headers.NonValidated;
        if (!values.TryGetValues(remaining, out var left) || !IsZero(left) || !values.TryGetValues(reset, out var resets))
        {
            return null;
        }

        DateTimeOffset? until = null;
        foreach (var value in resets)
        {
            until = CooldownParser.Later(until, CooldownParser.FromHeader(reset, value, now));
        }

        return until;
    }

    private static bool IsZero(HeaderStringValues values)
    {
        foreach (var value in values)
        {
            if (value.AsSpan().Trim() is "0")
            {
                return true;
            }
        }

        return false;
    }
}
