namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>An image part's <c>image_url</c>: an http(s) URL or a <c>data:</c> URL.</summary>
internal sealed record OpenAiImageUrl
{
    public string Url { get; init; } = "";
}
