using System.Text;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Providers;
using SkiaSharp;

namespace AspireRouter.RouterApi.Tests.Images.Upstream;

/// <summary>Cloudflare Workers AI text-to-image: FLUX schnell's base64 JPEG in <c>result.image</c>, or a binary image.</summary>
public sealed class CloudflareImageAdapterTests
{
    private readonly CloudflareImageAdapter _adapter = new();

    [Fact]
    public void Request_RunsTheModelUnderTheImagesBaseUrl_WithThePrompt()
    {
        using var request = _adapter.CreateRequest(ImageCalls.For(
            ImageApi.Cloudflare, "@cf/black-forest-labs/flux-1-schnell", imagesBaseUrl: "https://api.cloudflare.test/client/v4/accounts/abc/ai/run/"));

        Assert.Equal("https://api.cloudflare.test/client/v4/accounts/abc/ai/run/@cf/black-forest-labs/flux-1-schnell", request.RequestUri!.ToString());
        Assert.Equal(ImageCalls.Key, request.Headers.Authorization!.Parameter);
        Assert.Equal("""{"prompt":"A red fox"}""", ImageCalls.Body(request).ToJsonString());
    }

    [Fact]
    public void Read_TakesFluxSchnellsBase64Jpeg()
    {
        var jpeg = TestImages.Encode(8, 8, SKEncodedImageFormat.Jpeg);
        var body = $$"""{"result":{"image":"{{Convert.ToBase64String(jpeg)}}"},"success":true,"errors":[],"messages":[]}""";

        Assert.Equal(jpeg, _adapter.Read(Encoding.UTF8.GetBytes(body))!.Bytes.ToArray());
    }

    [Fact]
    public void Read_TakesABinaryImage_AndFindsNoneInAnErrorBody()
    {
        var png = TestImages.Encode(8, 8, SKEncodedImageFormat.Png);

        Assert.Equal(png, _adapter.Read(png)!.Bytes.ToArray());
        Assert.Null(_adapter.Read("""{"result":null,"success":false,"errors":[{"code":3040,"message":"Capacity temporarily exceeded"}]}"""u8.ToArray()));
    }
}
