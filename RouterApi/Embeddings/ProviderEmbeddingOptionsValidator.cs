using AspireRouter.RouterApi.Images;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>Checks each provider's <c>Embeddings</c> at start: a known API and, when given, an absolute http(s) base URL.</summary>
internal sealed class ProviderEmbeddingOptionsValidator : IValidateOptions<ProvidersOptions>
{
    public ValidateOptionsResult Validate(string? name, ProvidersOptions options)
    {
        var failures = new List<string>();
        foreach (var provider in options.All)
        {
            var embeddings = provider.Embeddings;
            if (embeddings.Api is { } api && !Enum.IsDefined(api))
            {
                failures.Add($"Providers:{provider.Name}:Embeddings:Api must be one of {string.Join(", ", Enum.GetNames<EmbeddingApi>())}.");
            }

            if (embeddings.BaseUrl is { } baseUrl && !ImagesOptionsValidator.IsHttpUrl(baseUrl))
            {
                failures.Add($"Providers:{provider.Name}:Embeddings:BaseUrl must be an absolute http(s) URL.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
