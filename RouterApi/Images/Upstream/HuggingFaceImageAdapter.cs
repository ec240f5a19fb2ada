using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>Hugging Face's text-to-image task, <c>POST {base}/{model}</c> with <c>inputs</c> and the size as <c>parameters</c>; the body is the image.</summary>
internal sealed class HuggingFaceImageAdapter : IImageApiAdapter
{
    public ImageApi Api => ImageApi.HuggingFace;

    public HttpRequestMessage CreateRequest(ImageCall call) =>
        UpstreamJsonRequest.Post(call.Provider, $"{call.BaseUrl}/{call.Model.UpstreamId}", writer =>
        {
            writer.WriteString("inputs", call.Request.Prompt);
            if (call.Request.Size is { } size)
            {
                writer.WriteStartObject("parameters");
                writer.WriteNumber("width", size.Width);
                writer.WriteNumber("height", size.Height);
                writer.WriteEndObject();
            }
        });

    public UpstreamImage? Read(ReadOnlyMemory<byte> body) => ImageFormats.Detect(body.Span) is null ? null : UpstreamImage.Raw(body);
}
