using System.Collections.Concurrent;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Counts this process's requests against the quotas configured per provider (<c>Providers:{name}:Quotas</c>).</summary>
internal sealed class InMemoryQuotaCounter(IOptions<ProvidersOptions> providers, TimeProvider time) : IQuotaCounter
{
    private readonly ConcurrentDictionary<string, ProviderQuota> _quotas = new(StringComparer.Ordinal);

    public ValueTask<QuotaDecision> TryAcquireAsync(string provider, string modelId)
    {
        var acquired = QuotaOf(provider).TryAcquire(modelId, time.GetUtcNow(), out var status);
        return ValueTask.FromResult(new QuotaDecision(acquired, status));
    }

    public void CollectRemaining(DateTimeOffset now, ICollection<QuotaRemaining> into)
    {
        foreach (var provider in providers.Value.All)
        {
            if (provider.Quotas.RequestsPerMinute is not null || provider.Quotas.RequestsPerDay is not null)
            {
                QuotaOf(provider.Name).CollectRemaining(provider.Name, now, into);
            }
        }
    }

    private ProviderQuota QuotaOf(string provider) =>
        _quotas.GetOrAdd(provider, static (name, options) => new ProviderQuota(options.Find(name)?.Quotas ?? new QuotaOptions()), providers.Value);
}
