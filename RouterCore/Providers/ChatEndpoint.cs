namespace AspireRouter.RouterCore.Providers;

/// <summary>
/// Where a provider (with one of its keys) takes chat completions, and the <c>Authorization</c> value it takes: built once per
/// provider key, so a request neither parses a URL nor formats a header. Never printed: it holds the key.
/// </summary>
internal sealed class ChatEndpoint
{
    private ChatEndpoint(Uri uri, string? authorization, KeyValuePair<string, string>[] headers)
    {
        Uri = uri;
        Authorization = authorization;
        Headers = headers;
    }

    public Uri Uri { get; }

    /// <summary><c>Bearer</c> and the key, or null for a provider without one.</summary>
    public string? Authorization { get; }

    /// <summary>The provider's configured headers (<see cref="ProviderOptions.Headers"/>), in an array a request walks without an enumerator.</summary>
    public KeyValuePair<string, string>[] Headers { get; }

    public static ChatEndpoint For(ProviderOptions provider) => new(
        new Uri(provider.BaseUrl.TrimEnd('/') + "/chat/completions"),
        provider.HasKey ? "Bearer " + provider.ApiKey : null,
        [.. provider.Headers]);
}
