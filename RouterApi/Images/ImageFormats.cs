namespace AspireRouter.RouterApi.Images;

/// <summary>Names, media types and magic-byte detection of <see cref="ImageFileFormat"/>s.</summary>
internal static class ImageFormats
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <summary>The format the bytes really are, whatever the upstream said; null when none of the three.</summary>
    public static ImageFileFormat? Detect(ReadOnlySpan<byte> image)
    {
        if (image.StartsWith(PngSignature))
        {
            return ImageFileFormat.Png;
        }

        if (image.StartsWith(JpegSignature))
        {
            return ImageFileFormat.Jpeg;
        }

        return image.Length >= 12 && image.StartsWith("RIFF"u8) && image[8..12].SequenceEqual("WEBP"u8) ? ImageFileFormat.Webp : null;
    }

    public static string Name(ImageFileFormat format) => format switch
    {
        ImageFileFormat.Jpeg => "jpeg",
        ImageFileFormat.Webp => "webp",
        _ => "png",
    };

    public static string MediaType(ImageFileFormat format) => "image/" + Name(format);

    /// <summary>Whether <paramref name="mediaType"/> names <paramref name="format"/> (<c>image/jpg</c> too, as some providers write it).</summary>
    public static bool IsMediaTypeOf(string mediaType, ImageFileFormat format) =>
        mediaType.Equals(MediaType(format), StringComparison.OrdinalIgnoreCase)
        || (format == ImageFileFormat.Jpeg && mediaType.Equals("image/jpg", StringComparison.OrdinalIgnoreCase));

    public static bool TryParse(string? name, out ImageFileFormat format)
    {
        (var known, format) = name switch
        {
            "png" => (true, ImageFileFormat.Png),
            "jpeg" => (true, ImageFileFormat.Jpeg),
            "webp" => (true, ImageFileFormat.Webp),
            _ => (false, ImageFileFormat.Png),
        };
        return known;
    }
}
