using System.Collections.Concurrent;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.State;

/// <summary>The shared quotas one request to a provider's model counts against: the provider's windows, then the model's.</summary>
internal sealed class ProviderQuotaLeases(string provider, QuotaOptions limits)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private readonly QuotaLease[] _provider = Build(
        (RedisKeys.Quota(provider, RedisKeys.MinuteWindow), limits.RequestsPerMinute, Minute),
        (RedisKeys.Quota(provider, RedisKeys.DayWindow), limits.RequestsPerDay, Day),
        CooldownScope.Provider);

    private readonly ConcurrentDictionary<string, QuotaLease[]> _models = new(StringComparer.Ordinal);

    /// <summary>Whether any limit is known; without one a request costs no Redis call.</summary>
    public bool IsLimited => _provider.Length > 0 || limits.HasModelLimits;

    public QuotaLease[] ProviderLeases => _provider;

    public QuotaLease[] ModelLeases(string modelId) =>
        !limits.HasModelLimits ? [] : _models.GetOrAdd(modelId, static (id, self) => self.BuildModel(id), this);

    private QuotaLease[] BuildModel(string modelId) => Build(
        (RedisKeys.ModelQuota(provider, modelId, RedisKeys.MinuteWindow), limits.ModelRequestsPerMinute, Minute),
        (RedisKeys.ModelQuota(provider, modelId, RedisKeys.DayWindow), limits.ModelRequestsPerDay, Day),
        CooldownScope.Model);

    private static QuotaLease[] Build((string Key, int? Limit, TimeSpan Length) minute, (string Key, int? Limit, TimeSpan Length) day, CooldownScope scope)
    {
        var leases = new List<QuotaLease>(2);
        foreach (var (key, limit, length) in new[] { minute, day })
        {
            if (limit is { } known)
            {
                leases.Add(new QuotaLease(key, known, length, scope));
            }
        }

        return [.. leases];
    }
}
