using System.Collections.Concurrent;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// The quota each provider's requests count against: the configured one (<c>Providers:{name}:Quotas</c>), refined by what the
/// upstream reported (<see cref="LearnRequestsPerDay"/>). Each process learns for itself; a lookup is one dictionary read, and a
/// learned quota is swapped in whole, so counters notice the change by reference. Each key of a key pool has quotas of its own,
/// named by its quota scope (<see cref="RedisKeys.KeyQuotaScope"/>): every name below may be a provider's or one of its keys'.
/// </summary>
public sealed class ProviderQuotaLimits(IOptions<ProvidersOptions> providers)
{
    private static readonly QuotaOptions Unknown = new();
    private readonly ConcurrentDictionary<string, QuotaOptions> _current = new(StringComparer.Ordinal);

    public IReadOnlyList<ProviderOptions> Providers => providers.Value.All;

    /// <summary>Every key's quota scope, by provider and key number (a provider without a key has one scope, its name).</summary>
    public IEnumerable<(string Provider, int KeyNumber, string Scope)> Scopes()
    {
        foreach (var provider in providers.Value.All)
        {
            var keys = provider.HasKey ? 1 + provider.ApiKeys.Count : 1;
            for (var number = 1; number <= keys; number++)
            {
                yield return (provider.Name, number, RedisKeys.KeyQuotaScope(provider.Name, number));
            }
        }
    }

    public QuotaOptions For(string scope) =>
        _current.GetOrAdd(scope, static (name, options) => Configured(options, name), providers.Value);

    /// <summary>Where the limit of a provider or key for <paramref name="window"/> (<c>minute</c> or <c>day</c>) comes from (<see cref="QuotaSources"/>).</summary>
    public string SourceOf(string scope, string window)
    {
        var configured = Configured(providers.Value, scope);
        return window != RedisKeys.DayWindow ? QuotaSources.Configured
            : !ReferenceEquals(For(scope), configured) ? QuotaSources.Learned
            : configured.RequestsPerDayIsDefault ? QuotaSources.Default
            : QuotaSources.Configured;
    }

    /// <summary>Applies the daily quota the upstream reported, bounded by the configured one.</summary>
    /// <returns>The daily quota now in force, or null when it did not change.</returns>
    public int? LearnRequestsPerDay(string provider, int learned)
    {
        var configured = Configured(providers.Value, provider);
        var refined = configured.WithLearnedRequestsPerDay(learned);
        var current = For(provider);
        if (current.RequestsPerDay == refined.RequestsPerDay)
        {
            return null;
        }

        _current[provider] = refined;
        return refined.RequestsPerDay;
    }

    private static QuotaOptions Configured(ProvidersOptions options, string scope) =>
        (options.Find(scope) ?? options.Find(RedisKeys.ParseKeyQuotaScope(scope).Provider))?.Quotas ?? Unknown;
}
