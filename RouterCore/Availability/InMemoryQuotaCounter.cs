using System.Collections.Concurrent;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Counts this process's requests against each provider's quota (<see cref="ProviderQuotaLimits"/>).</summary>
internal sealed class InMemoryQuotaCounter(ProviderQuotaLimits limits, TimeProvider time) : IQuotaCounter
{
    private readonly ConcurrentDictionary<string, ProviderQuota> _quotas = new(StringComparer.Ordinal);

    public ValueTask<QuotaDecision> TryAcquireAsync(string provider, string modelId)
    {
        var acquired = QuotaOf(provider).TryAcquire(modelId, time.GetUtcNow(), out var status);
        return ValueTask.FromResult(new QuotaDecision(acquired, status));
    }

    public void Correct(string provider, string modelId, RateLimitRemaining reported) =>
        QuotaOf(provider).Correct(modelId, reported, time.GetUtcNow());

    public void CollectRemaining(DateTimeOffset now, ICollection<QuotaRemaining> into)
    {
        foreach (var (provider, keyNumber, scope) in limits.Scopes())
        {
            var quota = QuotaOf(scope);
            if (quota.Limits.RequestsPerMinute is not null || quota.Limits.RequestsPerDay is not null)
            {
                quota.CollectRemaining(provider, keyNumber, now, into);
            }
        }
    }

    // A learned quota starts new windows here: this process's count is its fallback while Redis is away, not the shared truth.
    private ProviderQuota QuotaOf(string provider)
    {
        var current = limits.For(provider);
        var quota = _quotas.GetOrAdd(provider, static (_, quota) => new ProviderQuota(quota), current);
        if (!ReferenceEquals(quota.Limits, current))
        {
            quota = new ProviderQuota(current);
            _quotas[provider] = quota;
        }

        return quota;
    }
}
