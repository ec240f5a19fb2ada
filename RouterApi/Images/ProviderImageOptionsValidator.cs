using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Images;

/// <summary>Checks each provider's <c>Images</c> at start: a known API and, when given, an absolute http(s) base URL.</summary>
internal sealed class ProviderImageOptionsValidator : IValidateOptions<ProvidersOptions>
{
    public ValidateOptionsResult Validate(string? name, ProvidersOptions options)
    {
        var failures = new List<string>();
        foreach (var provider in options.All)
        {
            var images = provider.Images;
            if (!Enum.IsDefined(images.Api))
            {
                failures.Add($"Providers:{provider.Name}:Images:Api must be one of {string.Join(", ", Enum.GetNames<ImageApi>())}.");
            }

            if (images.BaseUrl is { } baseUrl && !ImagesOptionsValidator.IsHttpUrl(baseUrl))
            {
                failures.Add($"Providers:{provider.Name}:Images:BaseUrl must be an absolute http(s) URL.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
