using System.Net;
using AspireRouter.RouterApi.Images;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>A request may ask for so many pixels in all (n × size): more is a 400 that says how many images of that size fit.</summary>
public sealed class ImagePixelBudgetTests
{
    [Theory]
    [InlineData(2, "4096x4096")]
    [InlineData(10, "1792x1792")]
    [InlineData(10, null)]
    public void RequestWithinTheDefault_Passes(int n, string? size)
    {
        var request = Request(n, size);

        Assert.Null(ImagePixelBudget.Check(request, new ImagesOptions().MaxPixelsPerRequest));
    }

    [Fact]
    public void TooManyImagesOfASize_IsRefusedOnN_NamingHowManyFit()
    {
        var error = ImagePixelBudget.Check(Request(3, "4096x4096"), new ImagesOptions().MaxPixelsPerRequest)!;

        Assert.Equal(("invalid_request_error", "n", "image_pixels_above_limit"), (error.Type, error.Param, error.Code));
        Assert.Contains("at most 2 at this size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AutoSize_CountsAsTheModelsDefault1024Square()
    {
        Assert.Null(ImagePixelBudget.Check(Request(4, null), maxPixels: 4 * 1024 * 1024));
        Assert.Equal("n", ImagePixelBudget.Check(Request(5, null), maxPixels: 4 * 1024 * 1024)?.Param);
    }

    [Fact]
    public async Task OneImageLargerThanTheRoutersLimit_IsRefusedOnSize_BeforeAnyUpstreamCall()
    {
        await using var host = await ImagePool.StartAsync(options => options.Settings["Images:MaxPixelsPerRequest"] = (2048 * 2048).ToString(System.Globalization.CultureInfo.InvariantCulture));
        host.Simulator.ClearRequests();

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body(size: "4096x2048"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadJsonAsync())["error"]!;
        Assert.Equal("size", error["param"]!.GetValue<string>());
        Assert.Equal("image_pixels_above_limit", error["code"]!.GetValue<string>());
        Assert.Empty(host.Simulator.ChatModels());
    }

    private static ImageGenerationRequest Request(int n, string? size) => new()
    {
        Prompt = "A red fox",
        N = n,
        Size = size is null ? null : ImageDimensions.TryParse(size, out var parsed) ? parsed : throw new ArgumentException(size),
    };
}
