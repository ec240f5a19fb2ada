using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Providers;

/// <summary>Binds <c>Providers</c> as a dictionary keyed by name or as a list of entries with <c>Name</c>, then applies defaults.</summary>
internal sealed class ProvidersOptionsSetup(IConfiguration configuration) : IConfigureOptions<ProvidersOptions>
{
    public void Configure(ProvidersOptions options)
    {
        var providers = new List<ProviderOptions>();
        foreach (var section in configuration.GetSection(ProvidersOptions.SectionName).GetChildren())
        {
            var provider = section.Get<ProviderOptions>() ?? new ProviderOptions();
            var isListEntry = int.TryParse(section.Key, out _);
            if (string.IsNullOrEmpty(provider.Name) && !isListEntry)
            {
                provider = provider with { Name = section.Key };
            }

            providers.Add(WithDefaults(provider, catalogSourceGiven: section[nameof(ProviderOptions.CatalogSource)] is not null));
        }

        options.All = providers;
    }

    private ProviderOptions WithDefaults(ProviderOptions provider, bool catalogSourceGiven)
    {
        // Only OpenAI-compatible providers have an OpenAI-style model list; the native wire formats list their models in configuration.
        if (!catalogSourceGiven && provider.Kind != ProviderKinds.OpenAi)
        {
            provider = provider with { CatalogSource = CatalogSourceKind.Static };
        }

        if (!provider.HasKey && provider.ApiKeyVariable is { Length: > 0 } variable && configuration[variable] is { Length: > 0 } key)
        {
            provider = provider with { ApiKey = key, ApiKeys = [.. provider.ApiKeys, .. NumberedKeys(variable)] };
        }

        // The first key is always ApiKey, so whatever reads one key (catalogs, probes) reads the pool's first.
        if (!provider.HasKey && provider.ApiKeys.Count > 0)
        {
            provider = provider with { ApiKey = provider.ApiKeys[0], ApiKeys = [.. provider.ApiKeys.Skip(1)] };
        }

        return provider.CatalogSource == CatalogSourceKind.OpenRouter
            ? provider with { Quotas = provider.Quotas.WithDefaults(QuotaOptions.OpenRouterFree) }
            : provider;
    }

    // GROQ_API_KEY_2, GROQ_API_KEY_3... until the first one missing.
    private IEnumerable<string> NumberedKeys(string variable)
    {
        for (var number = 2; configuration[$"{variable}_{number}"] is { Length: > 0 } key; number++)
        {
            yield return key;
        }
    }
}
