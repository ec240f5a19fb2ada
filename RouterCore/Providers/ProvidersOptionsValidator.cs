using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Providers;

/// <summary>Checks the providers at start: names unique, a known kind, an absolute http(s) base URL, sane quotas, models and rules.</summary>
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

            var path = $"Providers:{(string.IsNullOrWhiteSpace(provider.Name) ? "(unnamed)" : provider.Name)}";
            failures.AddRange(Check(provider, path));
            failures.AddRange(CheckRules(provider, path));
            failures.AddRange(CheckKeys(provider, path));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(ProviderOptions provider, string path)
    {
        if (string.IsNullOrWhiteSpace(provider.Name))
        {
            yield return $"{path}: every provider needs a Name.";
        }

        if (!ProviderKinds.All.Contains(provider.Kind))
        {
            yield return $"{path}:Kind '{provider.Kind}' is not supported (use one of {string.Join(", ", ProviderKinds.All)}).";
        }

        if (!Uri.TryCreate(provider.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"{path}:BaseUrl must be an absolute http(s) URL.";
        }
        else if (provider.SkipReason is null && provider.BaseUrl.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            yield return $"{path}:BaseUrl still has a placeholder in braces ({provider.BaseUrl}); put your own value in.";
        }

        if (provider.Models.Any(model => string.IsNullOrWhiteSpace(model.Id)))
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

    // Named by position only: a key's value must never reach a message that may be logged.
    private static IEnumerable<string> CheckKeys(ProviderOptions provider, string path)
    {
        if (provider.ApiKeys.Any(string.IsNullOrWhiteSpace))
        {
            yield return $"{path}:ApiKeys: a key is empty; remove it or give its value.";
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var key in provider.ApiKey is { Length: > 0 } apiKey ? provider.ApiKeys.Prepend(apiKey) : provider.ApiKeys)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(key) && !keys.Add(key))
            {
                yield return $"{path}:ApiKeys: key {number} repeats an earlier key; each key of a pool must be different.";
            }
        }
    }

    private static IEnumerable<string> CheckRules(ProviderOptions provider, string path)
    {
        if (provider.Free.Rule == FreeRule.AllowList && (provider.Free.Models.Count == 0 || provider.Free.Models.Any(string.IsNullOrWhiteSpace)))
        {
            yield return $"{path}:Free: the AllowList rule needs Models (upstream ids, '*' as a wildcard).";
        }

        if (provider.Free.Rule == FreeRule.Pricing && provider.CatalogSource != CatalogSourceKind.OpenRouter)
        {
            yield return $"{path}:Free: the Pricing rule needs prices, which only an OpenRouter catalog has.";
        }

        var parameters = provider.Parameters;
        if (parameters.Ignore.Concat(parameters.Reject).Concat(parameters.Rename.Keys).Concat(parameters.Rename.Values).Any(string.IsNullOrWhiteSpace))
        {
            yield return $"{path}:Parameters: parameter names must not be empty.";
        }

        if (parameters.Ignore.Intersect(parameters.Reject, StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            yield return $"{path}:Parameters: '{both}' is both ignored and rejected.";
        }
    }
}
