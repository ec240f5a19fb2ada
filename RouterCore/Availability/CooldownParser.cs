using System.Globalization;
using System.Net.Http.Headers;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Reads "wait until" from upstream rate-limit signals; every result is in the future and at most <see cref="MaxHorizon"/> away.</summary>
public static class CooldownParser
{
    /// <summary>No upstream signal is trusted beyond this (a daily quota resets within a day).</summary>
    public static readonly TimeSpan MaxHorizon = TimeSpan.FromHours(48);

    private const double EpochMillisecondsThreshold = 1e11;
    private const double EpochSecondsThreshold = 1e9;

    private static readonly string[] HeaderNames =
        ["Retry-After", "X-RateLimit-Reset", "X-RateLimit-Reset-Requests", "X-RateLimit-Reset-Tokens"];

    /// <summary>The latest instant any known rate-limit header says to wait until, or null.</summary>
    public static DateTimeOffset? FromHeaders(HttpHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        DateTimeOffset? until = null;
        foreach (var name in HeaderNames)
        {
            if (headers.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    until = Later(until, FromHeader(name, value, now));
                }
            }
        }

        return until;
    }

    /// <summary>One header, by its (case-insensitive) name; unknown names and unreadable values give null.</summary>
    public static DateTimeOffset? FromHeader(string name, string value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (name.Equals("Retry-After", StringComparison.OrdinalIgnoreCase))
        {
            return FromRetryAfter(value, now);
        }

        if (name.Equals("X-RateLimit-Reset", StringComparison.OrdinalIgnoreCase))
        {
            return FromResetTimestamp(value, now);
        }

        return name.StartsWith("X-RateLimit-Reset-", StringComparison.OrdinalIgnoreCase)
            ? FromDuration(value, now)
            : null;
    }

    /// <summary><c>Retry-After</c>: delta seconds or an HTTP date.</summary>
    public static DateTimeOffset? FromRetryAfter(string value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return FromSeconds(seconds, now);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? Bounded(date, now)
            : null;
    }

    /// <summary><c>X-RateLimit-Reset</c>: epoch milliseconds (OpenRouter) or epoch seconds, told apart by magnitude; small numbers are delta seconds.</summary>
    public static DateTimeOffset? FromResetTimestamp(string value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return FromDuration(value, now);
        }

        return number switch
        {
            >= EpochMillisecondsThreshold => Bounded(DateTimeOffset.UnixEpoch.AddMilliseconds(number), now),
            >= EpochSecondsThreshold => Bounded(DateTimeOffset.UnixEpoch.AddSeconds(number), now),
            _ => FromSeconds(number, now),
        };
    }

    /// <summary>A duration such as <c>2m59.56s</c>, or plain seconds.</summary>
    public static DateTimeOffset? FromDuration(string value, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return FromSeconds(seconds, now);
        }

        return RateLimitDurationParser.TryParse(value, out var duration) ? Bounded(now + duration, now) : null;
    }

    public static DateTimeOffset? FromSeconds(double seconds, DateTimeOffset now) =>
        double.IsFinite(seconds) && seconds > 0
            ? Bounded(now + TimeSpan.FromSeconds(Math.Min(seconds, MaxHorizon.TotalSeconds)), now)
            : null;

    public static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null || a >= b ? a : b;

    private static DateTimeOffset? Bounded(DateTimeOffset until, DateTimeOffset now) =>
        until <= now ? null : until - now > MaxHorizon ? now + MaxHorizon : until;
}
