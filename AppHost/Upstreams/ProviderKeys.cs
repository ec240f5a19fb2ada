using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace AspireRouter.AppHost.Upstreams;

/// <summary>
/// The keys of OpenRouter and of the shipped free-tier providers (<c>RouterCore/providers.defaults.json</c>) that the
/// AppHost's configuration holds, as secret parameters <c>{name}-api-key</c> (user secrets) or the provider's
/// <c>ApiKeyVariable</c>; every service gets each of them, so the one that publishes the pool and the ones that route see the
/// same providers.
/// </summary>
internal sealed class ProviderKeys
{
    public const string OpenRouter = "openrouter";
    public const string OpenRouterBaseUrl = "https://openrouter.ai/api/v1";
    private const string OpenRouterVariable = "OPENROUTER_API_KEY";

    private readonly List<(string Provider, IResourceBuilder<ParameterResource> Key)> _keys;

    private ProviderKeys(List<(string Provider, IResourceBuilder<ParameterResource> Key)> keys) => _keys = keys;

    public static ProviderKeys Add(IDistributedApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var keys = new List<(string, IResourceBuilder<ParameterResource>)>();
        foreach (var (provider, variable) in ShippedProviders().Prepend((OpenRouter, OpenRouterVariable)))
        {
            var parameter = Parameter(provider);
            if (!string.IsNullOrWhiteSpace(configuration[$"Parameters:{parameter}"]))
            {
                keys.Add((provider, builder.AddParameter(parameter, secret: true)));
            }
            else if (variable is not null && !string.IsNullOrWhiteSpace(configuration[variable]))
            {
                keys.Add((provider, builder.AddParameterFromConfiguration(parameter, variable, secret: true)));
            }
        }

        return new ProviderKeys(keys);
    }

    /// <summary>The providers with a key, by name; none means the sandbox.</summary>
    public IReadOnlyList<string> KeyedProviders => [.. _keys.Select(key => key.Provider)];

    /// <summary>The secret parameter that holds a provider's key.</summary>
    public static string Parameter(string provider) => $"{provider}-api-key";

    public IResourceBuilder<ProjectResource> ApplyTo(IResourceBuilder<ProjectResource> service)
    {
        foreach (var (provider, key) in _keys)
        {
            if (provider == OpenRouter)
            {
                service.WithEnvironment($"Providers__{provider}__BaseUrl", OpenRouterBaseUrl);
            }

            service.WithEnvironment($"Providers__{provider}__ApiKey", key);
        }

        return service;
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
