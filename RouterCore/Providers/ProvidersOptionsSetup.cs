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
            providers.Add(WithDefaults(string.IsNullOrEmpty(provider.Name) && !isListEntry
                ? provider with { Name = section.Key }
                : provider));
        }

        options.All = providers;
    }

    private static ProviderOptions WithDefaults(ProviderOptions provider) =>
        provider.CatalogSource == CatalogSourceKind.OpenRouter
            ? provider with { Quotas = provider.Quotas.WithDefaults(QuotaOptions.OpenRouterFree) }
            : provider;
}
