namespace AspireRouter.RouterApi.Images;

/// <summary>How images reach the client (OpenAI's <c>response_format</c>).</summary>
internal enum ImageResponseFormat
{
    /// <summary>Base64 in the response body.</summary>
    B64Json,

    /// <summary>A link to the router, valid for <see cref="ImagesOptions.UrlLifetime"/>.</summary>
    Url,
}
