namespace AspireRouter.RouterApi.Images;

/// <summary>The image file formats the router reads and returns (OpenAI's <c>output_format</c>).</summary>
internal enum ImageFileFormat
{
    Png,
    Jpeg,
    Webp,
}
