namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// An upstream's report of one rate-limit window: <paramref name="Remaining"/> requests left until <paramref name="ResetsAt"/>,
/// for the whole account (<see cref="CooldownScope.Provider"/>, OpenRouter's <c>X-RateLimit-*</c>) or per model
/// (<see cref="CooldownScope.Model"/>, Groq's and OpenAI's <c>x-ratelimit-*-requests</c>).
/// </summary>
public readonly record struct RateLimitRemaining(CooldownScope Scope, long Remaining, DateTimeOffset ResetsAt)
{
    // A reset a little past a minute away (clock skew, a rounded header) is still the minute window.
    private static readonly TimeSpan MinuteHorizon = QuotaWindow.Minute + TimeSpan.FromSeconds(5);

    /// <summary>
    /// The router window the report corrects: a reset within about a minute is a per-minute limit (OpenRouter's 20 a minute,
    /// OpenAI's requests per minute), a later one a per-day limit (OpenRouter's daily quota, Groq's requests per day).
    /// </summary>
    public TimeSpan WindowAt(DateTimeOffset now) => ResetsAt - now <= MinuteHorizon ? QuotaWindow.Minute : QuotaWindow.Day;
}
