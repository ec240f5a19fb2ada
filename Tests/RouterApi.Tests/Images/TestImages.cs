using SkiaSharp;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>Small real images made with Skia, for tests of what the router does with a provider's bytes.</summary>
internal static class TestImages
{
    public static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static (SKEncodedImageFormat Format, int Width, int Height) Describe(byte[] bytes)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(bytes));
        return (codec.EncodedFormat, codec.Info.Width, codec.Info.Height);
    }
}
