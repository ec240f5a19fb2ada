extern alias simulator;

using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.DependencyInjection;
using OpenAI.Images;
using SkiaSharp;
using simulator::AspireRouter.UpstreamSimulator.Configuration;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>The official OpenAI .NET SDK's image client against the router and the simulator's image models.</summary>
public sealed class ImageGenerationSdkTests
{
    private const string Prompt = "A lighthouse at dusk, oil on canvas";

    [Theory]
    [InlineData(1024, 1024)]
    [InlineData(1536, 1024)]
    [InlineData(1024, 1792)]
    [InlineData(256, 256)]
    public async Task GenerateImage_B64Json_DecodesToAPngOfTheAskedSize(int width, int height)
    {
        await using var host = await ImagePool.StartAsync();

        GeneratedImage image = await host.ImageClient().GenerateImageAsync(
            Prompt,
            new ImageGenerationOptions { Size = new GeneratedImageSize(width, height), ResponseFormat = GeneratedImageFormat.Bytes },
            TestContext.Current.CancellationToken);

        Assert.Equal((width, height), ImageHeaders.PngSize(image.ImageBytes.ToArray()));
        Assert.Null(image.ImageUri);
        Assert.Contains(Assert.Single(host.Simulator.ChatModels()), ImagePool.AllImageModels);
    }

    // The SDK marks output_format as an evaluation API.
#pragma warning disable OPENAI001
    [Fact]
    public async Task GenerateImage_AsJpeg_ConvertsTheModelsPng()
    {
        await using var host = await ImagePool.StartAsync();

        GeneratedImageCollection images = await host.ImageClient().GenerateImagesAsync(
            Prompt,
            1,
            new ImageGenerationOptions { Size = GeneratedImageSize.W512xH512, OutputFileFormat = GeneratedImageFileFormat.Jpeg, ResponseFormat = GeneratedImageFormat.Bytes },
            TestContext.Current.CancellationToken);

        var bytes = Assert.Single(images).ImageBytes.ToArray();
        Assert.True(ImageHeaders.IsJpeg(bytes), "not a JPEG");
        using var codec = SKCodec.Create(SKData.CreateCopy(bytes));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        Assert.Equal(new SKSizeI(512, 512), codec.Info.Size);
        Assert.Equal(GeneratedImageFileFormat.Jpeg, images.OutputFileFormat);
    }
#pragma warning restore OPENAI001

    [Fact]
    public async Task GenerateImage_Url_DownloadsTheSameBytesAsB64Json_WithoutTheClientKey()
    {
        await using var host = await ImagePool.StartAsync();
        var client = host.ImageClient(ImagePool.ImageModels[0]);
        var size = GeneratedImageSize.W1024xH1024;

        GeneratedImage inline = await client.GenerateImageAsync(Prompt, new ImageGenerationOptions { Size = size, ResponseFormat = GeneratedImageFormat.Bytes }, TestContext.Current.CancellationToken);
        GeneratedImage linked = await client.GenerateImageAsync(Prompt, new ImageGenerationOptions { Size = size, ResponseFormat = GeneratedImageFormat.Uri }, TestContext.Current.CancellationToken);

        Assert.Null(linked.ImageBytes);
        Assert.StartsWith(new Uri(host.BaseAddress, "v1/images/files/").ToString(), linked.ImageUri.ToString(), StringComparison.Ordinal);
        using var anonymous = new HttpClient();
        using var download = await anonymous.GetAsync(linked.ImageUri, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        var downloaded = await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(inline.ImageBytes.ToArray(), downloaded);
        Assert.Equal((1024, 1024), ImageHeaders.PngSize(downloaded));
    }

    [Fact]
    public async Task GenerateImage_Url_ExpiresAfterAnHour_ThenAnswers404()
    {
        await using var host = await ImagePool.StartAsync();
        GeneratedImage linked = await host.ImageClient().GenerateImageAsync(Prompt, new ImageGenerationOptions { ResponseFormat = GeneratedImageFormat.Uri }, TestContext.Current.CancellationToken);
        var key = RedisKeys.Image(Path.GetFileNameWithoutExtension(linked.ImageUri.AbsolutePath));
        var redis = host.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

        var timeToLive = await redis.KeyTimeToLiveAsync(key);
        Assert.InRange(timeToLive!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));

        // The hour passes: Redis drops the image at its expiry.
        Assert.True(await redis.KeyExpireAsync(key, DateTime.UtcNow.AddSeconds(-1)));
        using var anonymous = new HttpClient();
        using var expired = await anonymous.GetAsync(linked.ImageUri, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Contains("expired", await expired.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateImages_Three_AreMadeByThreeCallsInParallel()
    {
        const int delayMs = 1500;
        await using var host = await ImagePool.StartAsync(options =>
            options.Simulator.Latency.Add(new LatencyRule { Model = "*", TimeToFirstTokenMs = delayMs, TokensPerSecond = 1_000_000 }));

        GeneratedImageCollection images = await host.ImageClient().GenerateImagesAsync(
            Prompt,
            3,
            new ImageGenerationOptions { Size = GeneratedImageSize.W512xH512, ResponseFormat = GeneratedImageFormat.Bytes },
            TestContext.Current.CancellationToken);

        Assert.Equal(3, images.Count);
        Assert.All(images, image => Assert.Equal((512, 512), ImageHeaders.PngSize(image.ImageBytes.ToArray())));
        var calls = host.Simulator.Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, calls.Count);
        var spread = calls.Max(call => call.ReceivedAt) - calls.Min(call => call.ReceivedAt);
        Assert.True(spread < TimeSpan.FromMilliseconds(delayMs), $"the calls were not in parallel: {spread.TotalMilliseconds} ms between the first and the last");
    }
}
