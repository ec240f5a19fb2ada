using System.Net.Http.Headers;
using System.Text.Json;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Serialization;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>
/// Reads an OpenAI-style <c>GET {baseUrl}/models</c> with the provider's key. Such lists give ids (and sometimes context
/// windows) but no prices or capabilities: those come from <see cref="ProviderOptions.ModelDefaults"/>.
/// </summary>
internal sealed class OpenAiModelsCatalogSource(ModelListFetcher fetcher, ProviderOptions provider) : ICatalogSource
{
    private readonly Uri _modelsUri = new(provider.BaseUrl.TrimEnd('/') + "/models");

    public string Provider => provider.Name;

    public async Task<IReadOnlyList<ModelInfo>> FetchAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _modelsUri);
        if (provider.HasKey)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", provider.ApiKey);
        }

        foreach (var (name, value) in provider.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var body = await fetcher.FetchAsync(request, provider.Name, cancellationToken).ConfigureAwait(false);
        return Parse(body.WrittenSpan, provider);
    }

    /// <exception cref="JsonException">The body is not a model list.</exception>
    public static IReadOnlyList<ModelInfo> Parse(ReadOnlySpan<byte> json, ProviderOptions provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var list = JsonSerializer.Deserialize(json, RouterJsonContext.Default.OpenAiModelList) ?? throw new JsonException("The model list is null.");
        var defaults = provider.ModelDefaults;
        var models = new List<ModelInfo>(list.Data.Count);
        foreach (var entry in list.Data)
        {
            if (string.IsNullOrEmpty(entry.Id) || entry.Active == false)
            {
                continue;
            }

            models.Add(new ModelInfo
            {
                Id = entry.Id,
                Provider = provider.Name,
                UpstreamId = entry.Id,
                Name = entry.Id,
                ContextLength = entry.ContextWindow ?? entry.ContextLength ?? entry.MaxContextLength ?? entry.MaxModelLen ?? defaults.ContextLength,
                InputModalities = Modalities.OrText(defaults.InputModalities),
                OutputModalities = [Modalities.Text],
                Capabilities = ModelCapabilitiesMapper.From(defaults.SupportedParameters, Modalities.OrText(defaults.InputModalities), [Modalities.Text]),
                SupportedParameters = defaults.SupportedParameters,
                Created = entry.Created is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null,
            });
        }

        return models;
    }
}
