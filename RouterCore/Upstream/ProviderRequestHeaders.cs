using System.Runtime.CompilerServices;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Upstream;

/// <summary>Puts a provider's key (as <c>Authorization: Bearer</c> or in a header of its own) and its configured headers on a request to it.</summary>
public static class ProviderRequestHeaders
{
    private const string Authorization = "Authorization";
    private static readonly ConditionalWeakTable<ProviderOptions, ProviderHeaderValues> Values = [];

    /// <param name="keyHeader">A header that carries the key as is (e.g. Gemini's <c>x-goog-api-key</c>); null for <c>Authorization: Bearer</c>.</param>
    public static void Apply(HttpRequestMessage request, ProviderOptions provider, string? keyHeader)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(provider);
        var values = Values.GetValue(provider, ProviderHeaderValues.For);
        if (values.Bearer is { } bearer)
        {
            request.Headers.TryAddWithoutValidation(keyHeader ?? Authorization, keyHeader is null ? bearer : provider.ApiKey);
        }

        foreach (var (name, value) in values.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
