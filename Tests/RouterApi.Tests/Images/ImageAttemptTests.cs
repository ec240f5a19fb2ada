using System.Text;
using AspireRouter.RouterApi.Images;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterApi.Tests.Images.Upstream;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>What one upstream image call makes of an answer: an image for the client, or a failed attempt (never a crash).</summary>
public sealed class ImageAttemptTests
{
    // A valid 1x1 GIF: an image, but not one of the three formats the router takes and returns.
    private static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    [Fact]
    public async Task PngLabelledPng_IsServed()
    {
        var result = await RunAsync(ChatAnswer("image/png", TestImages.Encode(64, 48, SKEncodedImageFormat.Png)));

        Assert.Null(result.Failure);
        Assert.Equal(new ImageDimensions(64, 48), result.Image!.Image.Size);
    }

    [Fact]
    public async Task FileWithoutAPngJpegOrWebpSignature_FailsTheAttempt()
    {
        var result = await RunAsync(ChatAnswer("image/png", Gif));

        Assert.Null(result.Image);
        Assert.Equal(UpstreamFailureKind.ErrorInBody, result.Failure!.Kind);
        Assert.Contains("not a PNG, JPEG or WebP file", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JpegLabelledPng_FailsTheAttempt()
    {
        var result = await RunAsync(ChatAnswer("image/png", TestImages.Encode(64, 48, SKEncodedImageFormat.Jpeg)));

        Assert.Null(result.Image);
        Assert.Contains("labelled its image 'image/png' but sent a JPEG file", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PngSignatureOverGarbage_FailsTheAttempt()
    {
        byte[] fake = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes("not really a png at all")];

        var result = await RunAsync(ChatAnswer("image/png", fake));

        Assert.Null(result.Image);
        Assert.Equal(UpstreamFailureKind.ErrorInBody, result.Failure!.Kind);
    }

    [Fact]
    public async Task ImageWithMorePixelsThanAllowed_FailsTheAttempt()
    {
        var body = ChatAnswer("image/png", TestImages.Encode(2048, 1025, SKEncodedImageFormat.Png));

        var result = await RunAsync(body, new ImagesOptions { MaxImagePixels = 2048 * 1024 });

        Assert.Null(result.Image);
        Assert.Contains("Images:MaxImagePixels", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyLargerThanTheLimit_FailsTheAttempt()
    {
        var body = ChatAnswer("image/png", TestImages.Encode(512, 512, SKEncodedImageFormat.Png));

        var result = await RunAsync(body, new ImagesOptions { MaxResponseBodyBytes = body.Length - 1 });

        Assert.Null(result.Image);
        Assert.Contains("Images:MaxResponseBodyBytes", result.Failure!.Message, StringComparison.Ordinal);
    }

    private static byte[] ChatAnswer(string mediaType, byte[] image) => Encoding.UTF8.GetBytes(
        $$$"""{"choices":[{"message":{"role":"assistant","images":[{"type":"image_url","image_url":{"url":"data:{{{mediaType}}};base64,{{{Convert.ToBase64String(image)}}}"}}]}}]}""");

    private static async Task<ImageAttemptResult> RunAsync(byte[] upstreamBody, ImagesOptions? options = null)
    {
        var images = Options.Create(options ?? new ImagesOptions());
        using var upstream = new UpstreamClient(new CannedResponseHandler(upstreamBody), NullLogger<UpstreamClient>.Instance);
        using var transcodes = new ImageTranscodeGate(images);
        var attempt = new ImageAttempt(upstream, new ImageApiAdapters([new ChatImageAdapter()]), new UpstreamFailureClassifier(TimeProvider.System), Tracker(), transcodes, images, TimeProvider.System);

        return await attempt.RunAsync(ImageCalls.For(ImageApi.Chat, "google/gemini-2.5-flash-image"), TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    private static AvailabilityTracker Tracker() => new(
        Options.Create(new AvailabilityOptions()),
        new InMemoryQuotaCounter(new ProviderQuotaLimits(Options.Create(new ProvidersOptions())), TimeProvider.System),
        new ProviderKeyPools(Options.Create(new ProvidersOptions())),
        TimeProvider.System);
}
