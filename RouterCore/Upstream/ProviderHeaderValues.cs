using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Upstream;

/// <summary>
/// What every request to a provider (with one of its keys) carries, built once per provider key: the <c>Authorization</c>
/// value and the configured headers as an array a request walks without an enumerator. Never printed: it holds the key.
/// </summary>
internal sealed class ProviderHeaderValues
{
    private ProviderHeaderValues(string? bearer, KeyValuePair<string, string>[] headers)
    {
        Bearer = bearer;
        Headers = headers;
    }

    /// <summary><c>Bearer</c> and the key, or null for a provider without one.</summary>
    public string? Bearer { get; }

    public KeyValuePair<string, string>[] Headers { get; }

    public static ProviderHeaderValues For(ProviderOptions provider) =>
        new(provider.HasKey ? "Bearer " + provider.ApiKey : null, [.. provider.Headers]);
}
