using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Quotas;

/// <summary>
/// OpenRouter's account-level quotas on <c>:free</c> models, per API key (https://openrouter.ai/docs/api-reference/limits):
/// a request limit over any 60 seconds, and a daily limit over the UTC day. Only accepted requests count.
/// </summary>
internal sealed class FreeModelQuota(TimeProvider time, IOptions<SimulatorOptions> options)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, KeyUsage> _usage = new(StringComparer.Ordinal);
    private OpenRouterQuotaOptions _limits = options.Value.OpenRouter.Quota;

    /// <summary>Applies new limits; requests already counted stay counted.</summary>
    public void Use(OpenRouterQuotaOptions limits) => _limits = limits;

    /// <summary>Counts the request against the key, or returns the limit that refuses it.</summary>
    public FreeModelLimit? TryConsume(string key)
    {
        var limits = _limits;
        if (!limits.Enabled)
        {
            return null;
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            var usage = _usage.TryGetValue(key, out var found) ? found : _usage[key] = new KeyUsage();
            var hasCredits = limits.KeysWithCredits.Contains(key);
            var daily = hasCredits ? limits.RequestsPerDayWithCredits : limits.RequestsPerDay;
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            if (usage.Day != today)
            {
                usage.Day = today;
                usage.DayCount = 0;
            }

            if (usage.DayCount >= daily)
            {
                return new FreeModelLimit(FreeModelLimit.PerDay, daily, new DateTimeOffset(today.AddDays(1), TimeOnly.MinValue, TimeSpan.Zero), hasCredits);
            }

            while (usage.Minute.Count > 0 && now - usage.Minute.Peek() >= Minute)
            {
                usage.Minute.Dequeue();
            }

            if (usage.Minute.Count >= limits.RequestsPerMinute)
            {
                return new FreeModelLimit(FreeModelLimit.PerMinute, limits.RequestsPerMinute, usage.Minute.Peek() + Minute, hasCredits);
            }

            usage.Minute.Enqueue(now);
            usage.DayCount++;
            return null;
        }
    }

    /// <summary>The key's account as OpenRouter's key endpoint reports it: whether it bought credits, and today's free-model requests.</summary>
    public FreeModelAccount Account(string key)
    {
        var limits = _limits;
        var hasCredits = limits.KeysWithCredits.Contains(key);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        lock (_gate)
        {
            var used = _usage.TryGetValue(key, out var usage) && usage.Day == today ? usage.DayCount : 0;
            return new FreeModelAccount(hasCredits, hasCredits ? limits.RequestsPerDayWithCredits : limits.RequestsPerDay, used);
        }
    }

    /// <summary>The limit a scripted quota fault reports, with the key's real reset time.</summary>
    public FreeModelLimit Exhausted(string name, string key)
    {
        var limits = _limits;
        var now = time.GetUtcNow();
        var hasCredits = limits.KeysWithCredits.Contains(key);
        return name == FreeModelLimit.PerDay
            ? new FreeModelLimit(name, hasCredits ? limits.RequestsPerDayWithCredits : limits.RequestsPerDay, new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime).AddDays(1), TimeOnly.MinValue, TimeSpan.Zero), hasCredits)
            : new FreeModelLimit(name, limits.RequestsPerMinute, now + Minute, hasCredits);
    }

    public void Reset(OpenRouterQuotaOptions limits)
    {
        lock (_gate)
        {
            _usage.Clear();
            _limits = limits;
        }
    }

    private sealed class KeyUsage
    {
        public Queue<DateTimeOffset> Minute { get; } = new();

        public DateOnly Day { get; set; }

        public int DayCount { get; set; }
    }
}
