using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace AspireRouter.AppHost.Upstreams;

/// <summary>
/// The keys of OpenRouter and of the shipped free-tier providers (<c>RouterCore/providers.defaults.json</c>) that the
/// AppHost's configuration holds, as secret parameters <c>{name}-api-key</c> (user secrets) or the provider's
/// <c>ApiKeyVariable</c>; a key pool adds <c>{name}-api-key-2</c>, <c>{name}-api-key-3</c>... (or <c>{VARIABLE}_2</c>...), numbered
/// without gaps. Every service gets each of them, so the one that publishes the pool and the ones that route see the same providers.
/// </summary>
internal sealed class ProviderKeys
{
    public const string OpenRouter = "openrouter";
    public const string OpenRouterBaseUrl = "https://openrouter.ai/api/v1";
    private const string OpenRouterVariable = "OPENROUTER_API_KEY";

    private readonly List<(string Provider, int Number, IResourceBuilder<ParameterResource> Key)> _keys;

    private ProviderKeys(List<(string Provider, int Number, IResourceBuilder<ParameterResource> Key)> keys) => _keys = keys;

    public static ProviderKeys Add(IDistributedApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var keys = new List<(string, int, IResourceBuilder<ParameterResource>)>();
        foreach (var (provider, variable) in ShippedProviders().Prepend((OpenRouter, OpenRouterVariable)))
        {
            for (var number = 1; KeyParameter(builder, provider, variable, number) is { } key; number++)
            {
                keys.Add((provider, number, key));
            }
        }

        return new ProviderKeys(keys);
    }

    /// <summary>The providers with a key, by name; none means the sandbox.</summary>
    public IReadOnlyList<string> KeyedProviders => [.. _keys.Where(key => key.Number == 1).Select(key => key.Provider)];

    /// <summary>The secret parameter that holds a provider's first key.</summary>
    public static string Parameter(string provider) => Parameter(provider, 1);

    /// <summary>The secret parameter that holds a provider's key numbered <paramref name="number"/>: <c>{provider}-api-key</c>, then <c>-2</c>, <c>-3</c>...</summary>
    public static string Parameter(string provider, int number) =>
        number == 1 ? $"{provider}-api-key" : $"{provider}-api-key-{number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The service setting a key goes to: <c>ApiKey</c> for the first, then <c>ApiKeys</c> in order.</summary>
    public static string Setting(string provider, int number) =>
        number == 1 ? $"Providers__{provider}__ApiKey" : $"Providers__{provider}__ApiKeys__{(number - 2).ToString(CultureInfo.InvariantCulture)}";

    public IResourceBuilder<ProjectResource> ApplyTo(IResourceBuilder<ProjectResource> service)
    {
        foreach (var (provider, number, key) in _keys)
        {
            if (provider == OpenRouter && number == 1)
            {
                service.WithEnvironment($"Providers__{provider}__BaseUrl", OpenRouterBaseUrl);
            }

            service.WithEnvironment(Setting(provider, number), key);
        }

        return service;
    }

    // The key's parameter, from user secrets or the variable (OPENROUTER_API_KEY, OPENROUTER_API_KEY_2...); null when it has none.
    private static IResourceBuilder<ParameterResource>? KeyParameter(IDistributedApplicationBuilder builder, string provider, string? variable, int number)
    {
        var parameter = Parameter(provider, number);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"Parameters:{parameter}"]))
        {
            return builder.AddParameter(parameter, secret: true);
        }

        if (variable is null)
        {
            return null;
        }

        var numbered = number == 1 ? variable : $"{variable}_{number.ToString(CultureInfo.InvariantCulture)}";
        return !string.IsNullOrWhiteSpace(builder.Configuration[numbered]) ? builder.AddParameterFromConfiguration(parameter, numbered, secret: true) : null;
    }

    private static IEnumerable<(string Provider, string? Variable)> ShippedProviders()
    {
        var path = typeof(ProviderKeys).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "ProviderDefaults").Value!;
        using var defaults = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return [.. defaults.RootElement.GetProperty("Providers").EnumerateObject().Select(provider =>
            (provider.Name, provider.Value.TryGetProperty("ApiKeyVariable", out var variable) ? variable.GetString() : null))];
    }
}
