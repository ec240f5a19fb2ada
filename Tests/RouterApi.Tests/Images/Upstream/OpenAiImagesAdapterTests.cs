using System.Text;
using AspireRouter.RouterApi.Images;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Providers;
using SkiaSharp;

namespace AspireRouter.RouterApi.Tests.Images.Upstream;

/// <summary>OpenAI's Images API as an upstream: one base64 image per call, with its revised prompt.</summary>
public sealed class OpenAiImagesAdapterTests
{
    private readonly OpenAiImagesAdapter _adapter = new();

    [Fact]
    public void Request_AsksForOneBase64Image_OfTheSizeAndQuality()
    {
        var call = ImageCalls.For(ImageApi.OpenAiImages, "imagen-4.0-generate-001", new ImageDimensions(1024, 1792), baseUrl: "https://gen.example.test/v1beta/openai/");
        using var request = _adapter.CreateRequest(call with { Request = call.Request with { Quality = "hd" } });

        Assert.Equal("https://gen.example.test/v1beta/openai/images/generations", request.RequestUri!.ToString());
        Assert.Equal("Bearer", request.Headers.Authorization!.Scheme);
        var body = ImageCalls.Body(request);
        Assert.Equal("imagen-4.0-generate-001", body["model"]!.GetValue<string>());
        Assert.Equal(1, body["n"]!.GetValue<int>());
        Assert.Equal("b64_json", body["response_format"]!.GetValue<string>());
        Assert.Equal("1024x1792", body["size"]!.GetValue<string>());
        Assert.Equal("hd", body["quality"]!.GetValue<string>());
    }

    [Fact]
    public void Read_TakesTheImageAndItsRevisedPrompt()
    {
        var png = TestImages.Encode(8, 8, SKEncodedImageFormat.Png);
        var body = $$"""{"created":1,"data":[{"b64_json":"{{Convert.ToBase64String(png)}}","revised_prompt":"A red fox in deep snow"}]}""";

        using var image = _adapter.Read(Encoding.UTF8.GetBytes(body))!;

        Assert.Equal(png, image.Bytes.ToArray());
        Assert.Null(image.DeclaredMediaType);
        Assert.Equal("A red fox in deep snow", image.RevisedPrompt);
        Assert.Null(_adapter.Read("""{"created":1,"data":[{"url":"https://cdn.example.test/a.png"}]}"""u8.ToArray()));
    }

    [Fact]
    public void Read_DecodesBase64WithJsonEscapes()
    {
        var png = TestImages.Encode(8, 8, SKEncodedImageFormat.Png);
        var escaped = Convert.ToBase64String(png).Replace("/", "\\/", StringComparison.Ordinal).Replace("+", "\\u002B", StringComparison.Ordinal);
        var body = $$"""{"created":1,"data":[{"b64_json":"{{escaped}}"}]}""";

        using var image = _adapter.Read(Encoding.UTF8.GetBytes(body))!;

        Assert.Equal(png, image.Bytes.ToArray());
    }

    [Theory]
    [InlineData("\"not base64!\"")]
    [InlineData("\"\"")]
    [InlineData("42")]
    public void Read_WithoutBase64_FindsNone(string value)
    {
        Assert.Null(_adapter.Read(Encoding.UTF8.GetBytes($$"""{"created":1,"data":[{"b64_json":{{value}}}]}""")));
    }
}
