using System.Collections.Concurrent;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// The quota each provider's requests count against: the configured one (<c>Providers:{name}:Quotas</c>), refined by what the
/// upstream reported (<see cref="LearnRequestsPerDay"/>). Each process learns for itself; a lookup is one dictionary read, and a
/// learned quota is swapped in whole, so counters notice the change by reference.
/// </summary>
public sealed class ProviderQuotaLimits(IOptions<ProvidersOptions> providers)
{
    private static readonly QuotaOptions Unknown = new();
    private readonly ConcurrentDictionary<string, QuotaOptions> _current = new(StringComparer.Ordinal);

    public IReadOnlyList<ProviderOptions> Providers => providers.Value.All;

    public QuotaOptions For(string provider) =>
        _current.GetOrAdd(provider, static (name, options) => options.Find(name)?.Quotas ?? Unknown, providers.Value);

    /// <summary>Where the provider's limit for <paramref name="window"/> (<c>minute</c> or <c>day</c>) comes from (<see cref="QuotaSources"/>).</summary>
    public string SourceOf(string provider, string window)
    {
        var configured = providers.Value.Find(provider)?.Quotas ?? Unknown;
        return window != State.RedisKeys.DayWindow ? QuotaSources.Configured
            : !ReferenceEquals(For(provider), configured) ? QuotaSources.Learned
            : configured.RequestsPerDayIsDefault ? QuotaSources.Default
            : QuotaSources.Configured;
    }

    /// <summary>Applies the daily quota the upstream reported, bounded by the configured one.</summary>
    /// <returns>The daily quota now in force, or null when it did not change.</returns>
    public int? LearnRequestsPerDay(string provider, int learned)
    {
        var configured = providers.Value.Find(provider)?.Quotas ?? Unknown;
        var refined = configured.WithLearnedRequestsPerDay(learned);
        var current = For(provider);
        if (current.RequestsPerDay == refined.RequestsPerDay)
        {
            return null;
        }

        _current[provider] = refined;
        return refined.RequestsPerDay;
    }
}
