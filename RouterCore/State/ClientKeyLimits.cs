using System.Globalization;
using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// What one client key may spend: requests per minute, requests per UTC day, and a share of the pool's daily quota (a key may
/// make at most <see cref="DailyShare"/> × the sum of the known daily quotas of the providers that serve, per UTC day). A null
/// limit does not apply; a key with none costs nothing to check.
/// </summary>
public sealed record ClientKeyLimits
{
    public static ClientKeyLimits None { get; } = new();

    public int? RequestsPerMinute { get; init; }

    public int? RequestsPerDay { get; init; }

    /// <summary>A fraction of the pool's daily quota, above 0 and at most 1 (0.5 = no more than half of it a day).</summary>
    public double? DailyShare { get; init; }

    [JsonIgnore]
    public bool IsLimited => RequestsPerMinute is not null || RequestsPerDay is not null || DailyShare is not null;

    /// <summary>What is wrong with these limits, or null when they can be applied.</summary>
    public string? Problem() =>
        RequestsPerMinute is <= 0 || RequestsPerDay is <= 0 ? "Requests per minute and per day must be positive."
        : DailyShare is { } share && !(share > 0 && share <= 1) ? "The daily share must be above 0 and at most 1 (100%)."
        : null;

    /// <summary>The limits as operators read them, e.g. <c>10/min · 500/day · 50% of the pool a day</c>; "none" without limits.</summary>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (RequestsPerMinute is { } perMinute)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{perMinute}/min"));
        }

        if (RequestsPerDay is { } perDay)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{perDay}/day"));
        }

        if (DailyShare is { } share)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{share:0.##%} of the pool a day"));
        }

        return parts.Count == 0 ? "none" : string.Join(" · ", parts);
    }
}
