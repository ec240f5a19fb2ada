using AspireRouter.RouterApi.Images;
using SkiaSharp;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>What a model made becomes what the client asked for: format read from the bytes, converted and sized as asked.</summary>
public sealed class ImageTranscoderTests
{
    private static readonly long MaxPixels = new ImagesOptions().MaxImagePixels;

    [Fact]
    public void Jpeg_AskedAsPng_IsConverted_KeepingItsSize()
    {
        var jpeg = TestImages.Encode(320, 200, SKEncodedImageFormat.Jpeg);

        var prepared = ImageTranscoder.TryPrepare(jpeg, size: null, ImageFileFormat.Png, quality: 100, MaxPixels)!;

        Assert.Equal(ImageFileFormat.Png, ImageFormats.Detect(prepared.Bytes));
        Assert.Equal((SKEncodedImageFormat.Png, 320, 200), TestImages.Describe(prepared.Bytes));
        Assert.Equal(new ImageDimensions(320, 200), prepared.Size);
    }

    [Theory]
    [InlineData("jpeg", SKEncodedImageFormat.Jpeg)]
    [InlineData("webp", SKEncodedImageFormat.Webp)]
    public void Png_AskedInAnotherFormat_IsConverted(string outputFormat, SKEncodedImageFormat expected)
    {
        var png = TestImages.Encode(100, 100, SKEncodedImageFormat.Png);
        Assert.True(ImageFormats.TryParse(outputFormat, out var asked));

        var prepared = ImageTranscoder.TryPrepare(png, size: null, asked, quality: 80, MaxPixels)!;

        Assert.Equal(asked, ImageFormats.Detect(prepared.Bytes));
        Assert.Equal((expected, 100, 100), TestImages.Describe(prepared.Bytes));
    }

    [Theory]
    [InlineData(1248, 832, 1536, 1024)]
    [InlineData(1024, 1024, 256, 256)]
    [InlineData(1024, 1024, 1792, 1024)]
    public void OtherSize_IsScaledToCoverTheAskedSize_AndCropped(int width, int height, int askedWidth, int askedHeight)
    {
        var png = TestImages.Encode(width, height, SKEncodedImageFormat.Png);

        var prepared = ImageTranscoder.TryPrepare(png, new ImageDimensions(askedWidth, askedHeight), ImageFileFormat.Png, quality: 100, MaxPixels)!;

        Assert.Equal((SKEncodedImageFormat.Png, askedWidth, askedHeight), TestImages.Describe(prepared.Bytes));
    }

    [Fact]
    public void AlreadyRight_IsReturnedUntouched()
    {
        var png = TestImages.Encode(64, 64, SKEncodedImageFormat.Png);

        var prepared = ImageTranscoder.TryPrepare(png, new ImageDimensions(64, 64), ImageFileFormat.Png, quality: 100, MaxPixels)!;

        Assert.Equal(png, prepared.Bytes);
    }

    [Fact]
    public void ImageWithMorePixelsThanAllowed_IsRefused()
    {
        var png = TestImages.Encode(300, 200, SKEncodedImageFormat.Png);

        Assert.Null(ImageTranscoder.TryPrepare(png, size: null, ImageFileFormat.Jpeg, quality: 100, maxPixels: 300 * 200 - 1));
        Assert.NotNull(ImageTranscoder.TryPrepare(png, size: null, ImageFileFormat.Jpeg, quality: 100, maxPixels: 300 * 200));
    }

    [Fact]
    public void ImageOfAnotherFormat_IsRefusedByItsSignature()
    {
        // A valid 1x1 GIF: Skia would decode it, but the router only takes the three formats it can also return.
        var gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
        using (var decoded = SKBitmap.Decode(gif))
        {
            Assert.Equal(1, decoded.Width);
        }


        Assert.Null(ImageTranscoder.TryPrepare(gif, size: null, ImageFileFormat.Png, quality: 100, MaxPixels));
    }

    [Fact]
    public void HugeImage_IsRefusedBeforeDecoding()
    {
        var png = TestImages.Encode(ImageTranscoder.MaxDecodedEdge + 1, 1, SKEncodedImageFormat.Png);

        Assert.Null(ImageTranscoder.TryPrepare(png, size: null, ImageFileFormat.Jpeg, quality: 100, MaxPixels));
    }

    [Fact]
    public void NotAnImage_IsRefused()
    {
        Assert.Null(ImageTranscoder.TryPrepare("{\"error\":\"no image\"}"u8.ToArray(), size: null, ImageFileFormat.Png, quality: 100, MaxPixels));
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "png")]
    [InlineData(SKEncodedImageFormat.Jpeg, "jpeg")]
    [InlineData(SKEncodedImageFormat.Webp, "webp")]
    public void Detect_ReadsTheFormatFromTheBytes(SKEncodedImageFormat encoded, string expected)
    {
        Assert.Equal(expected, ImageFormats.Detect(TestImages.Encode(8, 8, encoded)) is { } format ? ImageFormats.Name(format) : null);
        Assert.Null(ImageFormats.Detect("GIF89a"u8));
    }
}
