using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Providers;

/// <summary>Checks the providers at start: names unique, a known kind, an absolute http(s) base URL, sane quotas and models.</summary>
internal sealed class ProvidersOptionsValidator : IValidateOptions<ProvidersOptions>
{
    public ValidateOptionsResult Validate(string? name, ProvidersOptions options)
    {
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in options.All)
        {
            if (!string.IsNullOrWhiteSpace(provider.Name) && !names.Add(provider.Name))
            {
                failures.Add($"Providers:{provider.Name}: the name is used twice.");
            }

            failures.AddRange(Check(provider, $"Providers:{(string.IsNullOrWhiteSpace(provider.Name) ? "(unnamed)" : provider.Name)}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(ProviderOptions provider, string path)
    {
        if (string.IsNullOrWhiteSpace(provider.Name))
        {
            yield return $"{path}: every provider needs a Name.";
        }

        if (provider.Kind != ProviderKinds.OpenAi)
        {
            yield return $"{path}:Kind '{provider.Kind}' is not supported (use '{ProviderKinds.OpenAi}').";
        }

        if (!Uri.TryCreate(provider.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"{path}:BaseUrl must be an absolute http(s) URL.";
        }

        if (provider.CatalogSource == CatalogSourceKind.Static && provider.Models.Any(model => string.IsNullOrWhiteSpace(model.Id)))
        {
            yield return $"{path}:Models: every model needs an Id.";
        }

        var quotas = provider.Quotas;
        int?[] limits = [quotas.RequestsPerMinute, quotas.RequestsPerDay, quotas.ModelRequestsPerMinute, quotas.ModelRequestsPerDay];
        if (limits.Any(limit => limit <= 0))
        {
            yield return $"{path}:Quotas: limits must be positive (leave a limit out when it is unknown).";
        }
    }
}
