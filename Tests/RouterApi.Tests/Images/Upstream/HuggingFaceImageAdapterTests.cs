using AspireRouter.RouterApi.Images;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Providers;
using SkiaSharp;

namespace AspireRouter.RouterApi.Tests.Images.Upstream;

/// <summary>Hugging Face's text-to-image task: <c>inputs</c> and size <c>parameters</c> in, the image itself out.</summary>
public sealed class HuggingFaceImageAdapterTests
{
    private readonly HuggingFaceImageAdapter _adapter = new();

    [Fact]
    public void Request_PostsInputsAndTheSize_ToTheModelsUrl()
    {
        using var request = _adapter.CreateRequest(ImageCalls.For(
            ImageApi.HuggingFace, "black-forest-labs/FLUX.1-schnell", new ImageDimensions(768, 512), imagesBaseUrl: "https://router.hf.test/hf-inference/models"));

        Assert.Equal("https://router.hf.test/hf-inference/models/black-forest-labs/FLUX.1-schnell", request.RequestUri!.ToString());
        Assert.Equal("""{"inputs":"A red fox","parameters":{"width":768,"height":512}}""", ImageCalls.Body(request).ToJsonString());
    }

    [Fact]
    public void Read_TakesTheBodyOnlyWhenItIsAnImage()
    {
        var jpeg = TestImages.Encode(8, 8, SKEncodedImageFormat.Jpeg);

        Assert.Equal(jpeg, _adapter.Read(jpeg)!.Bytes.ToArray());
        Assert.Null(_adapter.Read("""{"error":"Model is loading","estimated_time":20}"""u8.ToArray()));
    }
}
