using System.Text;
using AspireRouter.RouterApi.Images;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using SkiaSharp;

namespace AspireRouter.RouterApi.Tests.Images.Upstream;

/// <summary>OpenRouter's image generation through chat completions, as its documentation describes it.</summary>
public sealed class ChatImageAdapterTests
{
    private readonly ChatImageAdapter _adapter = new();

    [Fact]
    public void Request_AsksForImageAndText_WithTheAspectRatioOfTheSize()
    {
        var call = ImageCalls.For(ImageApi.Chat, "google/gemini-2.5-flash-image", new ImageDimensions(1536, 1024));
        call = call with { Model = call.Model with { Capabilities = ModelCapabilities.ImageOutput | ModelCapabilities.TextOutput } };

        using var request = _adapter.CreateRequest(call);

        Assert.Equal("https://api.example.test/v1/chat/completions", request.RequestUri!.ToString());
        Assert.Equal(ImageCalls.Key, request.Headers.Authorization!.Parameter);
        var body = ImageCalls.Body(request);
        Assert.Equal("google/gemini-2.5-flash-image", body["model"]!.GetValue<string>());
        Assert.Equal("A red fox", body["messages"]![0]!["content"]!.GetValue<string>());
        Assert.Equal(["image", "text"], body["modalities"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("3:2", body["image_config"]!["aspect_ratio"]!.GetValue<string>());
        Assert.Null(body["image_config"]!["image_size"]);
        Assert.Equal("user-7", body["user"]!.GetValue<string>());
    }

    [Fact]
    public void Request_ForAnImageOnlyModel_AsksForImagesAlone_AndALargerSizeClassForLargeImages()
    {
        using var request = _adapter.CreateRequest(ImageCalls.For(ImageApi.Chat, "black-forest-labs/flux", new ImageDimensions(2048, 3072)));

        var body = ImageCalls.Body(request);
        Assert.Equal(["image"], body["modalities"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("2:3", body["image_config"]!["aspect_ratio"]!.GetValue<string>());
        Assert.Equal("4K", body["image_config"]!["image_size"]!.GetValue<string>());
    }

    [Fact]
    public void Read_DecodesTheFirstImagesDataUrl()
    {
        var png = TestImages.Encode(16, 16, SKEncodedImageFormat.Png);
        var body = $$$"""{"choices":[{"message":{"role":"assistant","content":"Here it is.","images":[{"type":"image_url","image_url":{"url":"data:image/png;base64,{{{Convert.ToBase64String(png)}}}"}}]}}]}""";

        using var image = _adapter.Read(Encoding.UTF8.GetBytes(body))!;

        Assert.Equal(png, image.Bytes.ToArray());
        Assert.Equal("image/png", image.DeclaredMediaType);
    }

    [Theory]
    [InlineData("""{"choices":[{"message":{"role":"assistant","content":"I cannot draw that."}}]}""")]
    [InlineData("""{"choices":[{"message":{"images":[{"image_url":{"url":"https://cdn.example.test/a.png"}}]}}]}""")]
    [InlineData("""{"choices":[]}""")]
    [InlineData("not json")]
    public void Read_WithoutADataUrlImage_FindsNone(string body)
    {
        Assert.Null(_adapter.Read(Encoding.UTF8.GetBytes(body)));
    }
}
