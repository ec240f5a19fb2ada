using System.Globalization;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// The windows a key's limits count in: requests per minute, and per UTC day the lower of its own daily limit and its share
/// of the pool's daily quota (<paramref name="DayShare"/> is set when the share is the lower).
/// </summary>
internal readonly record struct ClientKeyWindows(int? PerMinute, int? PerDay, double? DayShare)
{
    public bool IsLimited => PerMinute is not null || PerDay is not null;

    /// <param name="poolDailyQuota">The sum of the known daily quotas of the providers that serve; 0 when none is known, and the share limits nothing.</param>
    public static ClientKeyWindows Of(ClientKeyLimits limits, long poolDailyQuota)
    {
        if (limits.DailyShare is { } share && poolDailyQuota > 0)
        {
            var fromShare = (int)Math.Clamp(Math.Floor(share * poolDailyQuota), 1, int.MaxValue);
            if (limits.RequestsPerDay is not { } perDay || fromShare < perDay)
            {
                return new ClientKeyWindows(limits.RequestsPerMinute, fromShare, share);
            }
        }

        return new ClientKeyWindows(limits.RequestsPerMinute, limits.RequestsPerDay, null);
    }

    public ClientKeyLimitDecision RefuseMinute(DateTimeOffset now) =>
        ClientKeyLimitDecision.Refuse(string.Create(CultureInfo.InvariantCulture, $"{PerMinute} {Requests(PerMinute)} per minute"), QuotaWindow.EndOf(now, QuotaWindow.Minute) - now);

    public ClientKeyLimitDecision RefuseDay(DateTimeOffset now) =>
        ClientKeyLimitDecision.Refuse(
            DayShare is { } share
                ? string.Create(CultureInfo.InvariantCulture, $"{share:0.##%} of the pool's daily quota ({PerDay} {Requests(PerDay)} per day)")
                : string.Create(CultureInfo.InvariantCulture, $"{PerDay} {Requests(PerDay)} per day"),
            QuotaWindow.EndOf(now, QuotaWindow.Day) - now);

    private static string Requests(int? count) => count == 1 ? "request" : "requests";
}
