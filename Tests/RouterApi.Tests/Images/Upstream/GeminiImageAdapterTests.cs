using System.Text;
using AspireRouter.RouterApi.Images;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Providers;
using SkiaSharp;

namespace AspireRouter.RouterApi.Tests.Images.Upstream;

/// <summary>Google's Gemini API: <c>generateContent</c> with image output, the key in <c>x-goog-api-key</c>, the image as inline data.</summary>
public sealed class GeminiImageAdapterTests
{
    private readonly GeminiImageAdapter _adapter = new();

    [Fact]
    public void Request_AsksForTextAndImage_WithTheAspectRatio_AndTheKeyInItsHeader()
    {
        using var request = _adapter.CreateRequest(ImageCalls.For(
            ImageApi.Gemini, "gemini-2.5-flash-image", new ImageDimensions(1792, 1024), imagesBaseUrl: "https://gen.example.test/v1beta/models"));

        Assert.Equal("https://gen.example.test/v1beta/models/gemini-2.5-flash-image:generateContent", request.RequestUri!.ToString());
        Assert.Equal([ImageCalls.Key], request.Headers.GetValues("x-goog-api-key"));
        Assert.Null(request.Headers.Authorization);
        var body = ImageCalls.Body(request);
        Assert.Equal("A red fox", body["contents"]![0]!["parts"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(["TEXT", "IMAGE"], body["generationConfig"]!["responseModalities"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("16:9", body["generationConfig"]!["imageConfig"]!["aspectRatio"]!.GetValue<string>());
    }

    [Fact]
    public void Read_TakesTheFirstInlineImage_AfterText()
    {
        var png = TestImages.Encode(8, 8, SKEncodedImageFormat.Png);
        var body = $$$"""{"candidates":[{"content":{"role":"model","parts":[{"text":"A fox."},{"inlineData":{"mimeType":"image/png","data":"{{{Convert.ToBase64String(png)}}}"}}]}}]}""";

        using var image = _adapter.Read(Encoding.UTF8.GetBytes(body))!;

        Assert.Equal(png, image.Bytes.ToArray());
        Assert.Equal("image/png", image.DeclaredMediaType);
        Assert.Null(_adapter.Read("""{"candidates":[{"content":{"parts":[{"text":"No."}]},"finishReason":"SAFETY"}]}"""u8.ToArray()));
    }
}
