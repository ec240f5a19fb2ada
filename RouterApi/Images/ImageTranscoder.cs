using SkiaSharp;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// Turns what a model made into what the client asked for: the asked format (the real one is read from the bytes, not trusted
/// from the provider) and, when a size was asked, exactly that size, scaled to cover it and centre-cropped. Bytes that are
/// already right are returned as they are. Only PNG, JPEG and WebP, known by their signature, are decoded, and only up to a
/// pixel count read from their header.
/// </summary>
internal static class ImageTranscoder
{
    /// <summary>Larger images are refused before decoding: a hostile upstream could otherwise make the router allocate gigabytes.</summary>
    public const int MaxDecodedEdge = 2 * ImageDimensions.MaxEdge;

    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    /// <returns>
    /// Null when the bytes are no PNG, JPEG or WebP Skia can decode, or one with more than <paramref name="maxPixels"/> pixels or an
    /// edge longer than <see cref="MaxDecodedEdge"/>.
    /// </returns>
    public static PreparedImage? TryPrepare(ReadOnlySpan<byte> bytes, ImageDimensions? size, ImageFileFormat format, int quality, long maxPixels)
    {
        if (ImageFormats.Detect(bytes) is not { } sent)
        {
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var actual = new ImageDimensions(codec.Info.Width, codec.Info.Height);
        if (actual.Width > MaxDecodedEdge || actual.Height > MaxDecodedEdge || (long)actual.Width * actual.Height > maxPixels)
        {
            return null;
        }

        var target = size ?? actual;
        if (sent == format && actual == target)
        {
            return new PreparedImage(bytes.ToArray(), format, target);
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }

        using var image = actual == target ? SKImage.FromBitmap(decoded) : Cover(decoded, target);
        using var encoded = image.Encode(ToSkia(format), quality);
        return encoded is null ? null : new PreparedImage(encoded.ToArray(), format, target);
    }

    private static SKImage Cover(SKBitmap source, ImageDimensions target)
    {
        var scale = Math.Max((double)target.Width / source.Width, (double)target.Height / source.Height);
        var cropWidth = target.Width / scale;
        var cropHeight = target.Height / scale;
        var crop = SKRect.Create((float)((source.Width - cropWidth) / 2), (float)((source.Height - cropHeight) / 2), (float)cropWidth, (float)cropHeight);
        using var surface = SKSurface.Create(new SKImageInfo(target.Width, target.Height)) ?? throw new InvalidOperationException("Skia could not allocate the image.");
        using var image = SKImage.FromBitmap(source);
        surface.Canvas.DrawImage(image, crop, SKRect.Create(target.Width, target.Height), Sampling);
        return surface.Snapshot();
    }

    private static SKEncodedImageFormat ToSkia(ImageFileFormat format) => format switch
    {
        ImageFileFormat.Jpeg => SKEncodedImageFormat.Jpeg,
        ImageFileFormat.Webp => SKEncodedImageFormat.Webp,
        _ => SKEncodedImageFormat.Png,
    };
}
