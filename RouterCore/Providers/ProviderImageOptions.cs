namespace AspireRouter.RouterCore.Providers;

/// <summary>How the router calls a provider's image models (<c>Providers:{name}:Images</c>); chat completions at the provider's base URL by default.</summary>
public sealed record ProviderImageOptions
{
    public ImageApi Api { get; init; } = ImageApi.Chat;

    /// <summary>The API root for images when it is not the provider's <see cref="ProviderOptions.BaseUrl"/>.</summary>
    public string? BaseUrl { get; init; }
}
