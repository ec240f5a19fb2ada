using System.Globalization;
using System.Net.Http.Headers;

namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// Reads an upstream answer's rate-limit headers: a window with no request left, or what is left of it. OpenRouter's account-wide
/// <c>X-RateLimit-Remaining</c>/<c>X-RateLimit-Reset</c> (epoch milliseconds), and the per-model
/// <c>x-ratelimit-remaining-requests</c>/<c>x-ratelimit-reset-requests</c> (a duration such as <c>2m59.56s</c>) of Groq,
/// OpenAI and the OpenAI-compatible providers that copy them. Nothing is allocated when the headers are absent.
/// </summary>
public static class RateLimitHeaders
{
    private const string RemainingHeader = "X-RateLimit-Remaining";
    private const string Reset = "X-RateLimit-Reset";
    private const string RemainingRequests = "X-RateLimit-Remaining-Requests";
    private const string ResetRequests = "X-RateLimit-Reset-Requests";

    /// <summary>Until when no request may go because a window is spent, or null; <paramref name="scope"/> says whose window it is.</summary>
    public static DateTimeOffset? SpentUntil(HttpResponseHeaders headers, DateTimeOffset now, out CooldownScope scope)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (SpentUntil(headers, RemainingHeader, Reset, now) is { } account)
        {
            scope = CooldownScope.Provider;
            return account;
        }

        scope = CooldownScope.Model;
        return SpentUntil(headers, RemainingRequests, ResetRequests, now);
    }

    /// <summary>What the headers say is left of a window and when it resets (the account's first), or null when they say nothing readable.</summary>
    public static RateLimitRemaining? Remaining(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return Remaining(headers, RemainingHeader, Reset, CooldownScope.Provider, now)
            ?? Remaining(headers, RemainingRequests, ResetRequests, CooldownScope.Model, now);
    }

    private static RateLimitRemaining? Remaining(HttpResponseHeaders headers, string remaining, string reset, CooldownScope scope, DateTimeOffset now)
    {
        var values = headers.NonValidated;
        if (!values.TryGetValues(remaining, out var left) || !values.TryGetValues(reset, out var resets))
        {
            return null;
        }

        long? fewest = null;
        foreach (var value in left)
        {
            if (long.TryParse(value.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && (fewest is null || count < fewest))
            {
                fewest = count;
            }
        }

        DateTimeOffset? until = null;
        foreach (var value in resets)
        {
            until = CooldownParser.Later(until, CooldownParser.FromHeader(reset, value, now));
        }

        return fewest is { } known && until is { } resetsAt && resetsAt > now ? new RateLimitRemaining(scope, known, resetsAt) : null;
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
