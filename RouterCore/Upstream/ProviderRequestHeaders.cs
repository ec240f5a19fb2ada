using System.Net.Http.Headers;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Upstream;

/// <summary>Puts a provider's key (as <c>Authorization: Bearer</c> or in a header of its own) and its configured headers on a request to it.</summary>
public static class ProviderRequestHeaders
{
    /// <param name="keyHeader">A header that carries the key as is (e.g. Gemini's <c>x-goog-api-key</c>); null for <c>Authorization: Bearer</c>.</param>
    public static void Apply(HttpRequestMessage request, ProviderOptions provider, string? keyHeader)
    {
        if (!string.IsNullOrEmpty(provider.ApiKey))
        {
            if (keyHeader is null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", provider.ApiKey);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(keyHeader, provider.ApiKey);
            }
        }

        foreach (var (name, value) in provider.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
