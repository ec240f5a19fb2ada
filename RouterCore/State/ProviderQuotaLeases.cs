using System.Collections.Concurrent;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.State;

/// <summary>The shared quotas one request to a provider's model counts against: the provider's windows, then the model's.</summary>
internal sealed class ProviderQuotaLeases(string provider, QuotaOptions limits)
{
    private readonly QuotaLease[] _provider = Build(
        (start => RedisKeys.Quota(provider, RedisKeys.MinuteWindow, start), limits.RequestsPerMinute, QuotaWindow.Minute),
        (start => RedisKeys.Quota(provider, RedisKeys.DayWindow, start), limits.RequestsPerDay, QuotaWindow.Day),
        CooldownScope.Provider,
        limits.CountExactly);

    private readonly ConcurrentDictionary<string, QuotaLease[]> _models = new(StringComparer.Ordinal);

    public QuotaOptions Limits => limits;

    /// <summary>Whether any limit is known; without one a request costs no Redis call.</summary>
    public bool IsLimited => _provider.Length > 0 || limits.HasModelLimits;

    public QuotaLease[] ProviderLeases => _provider;

    public QuotaLease[] ModelLeases(string modelId) =>
        !limits.HasModelLimits ? [] : _models.GetOrAdd(modelId, static (id, self) => self.BuildModel(id), this);

    /// <summary>The lease an upstream report corrects (see <see cref="IQuotaCounter.Correct"/>), or null when no known window matches.</summary>
    public QuotaLease? LeaseFor(string modelId, RateLimitRemaining reported, DateTimeOffset now)
    {
        var leases = reported.Scope == CooldownScope.Model && limits.HasModelLimits ? ModelLeases(modelId) : _provider;
        var window = reported.WindowAt(now) == QuotaWindow.Day ? RedisKeys.DayWindow : RedisKeys.MinuteWindow;
        foreach (var lease in leases)
        {
            if (lease.Window == window)
            {
                return lease;
            }
        }

        return null;
    }

    private QuotaLease[] BuildModel(string modelId) => Build(
        (start => RedisKeys.ModelQuota(provider, modelId, RedisKeys.MinuteWindow, start), limits.ModelRequestsPerMinute, QuotaWindow.Minute),
        (start => RedisKeys.ModelQuota(provider, modelId, RedisKeys.DayWindow, start), limits.ModelRequestsPerDay, QuotaWindow.Day),
        CooldownScope.Model,
        limits.CountExactly);

    private static QuotaLease[] Build(
        (Func<DateTimeOffset, string> KeyOf, int? Limit, TimeSpan Length) minute,
        (Func<DateTimeOffset, string> KeyOf, int? Limit, TimeSpan Length) day,
        CooldownScope scope,
        bool countExactly)
    {
        var leases = new List<QuotaLease>(2);
        foreach (var (keyOf, limit, length) in new[] { minute, day })
        {
            if (limit is { } known)
            {
                leases.Add(new QuotaLease(keyOf, known, length, scope, countExactly));
            }
        }

        return [.. leases];
    }
}
