using SkiaSharp;

namespace AspireRouter.UpstreamSimulator.Images;

/// <summary>Writes a real JPEG of one solid colour, as FLUX schnell on Workers AI returns JPEGs.</summary>
internal static class JpegEncoder
{
    public static byte[] SolidColor(int width, int height, byte red, byte green, byte blue)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(red, green, blue));
        using var image = SKImage.FromBitmap(bitmap);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return jpeg.ToArray();
    }
}
