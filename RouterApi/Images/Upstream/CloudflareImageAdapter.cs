using System.Text.Json;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>
/// Cloudflare Workers AI text-to-image, <c>POST {base}/{model}</c> with only the prompt (every model takes it): FLUX schnell answers
/// <c>{"result":{"image":"base64"}}</c> (a JPEG), Stable Diffusion models answer with the image itself.
/// </summary>
internal sealed class CloudflareImageAdapter : IImageApiAdapter
{
    public ImageApi Api => ImageApi.Cloudflare;

    public HttpRequestMessage CreateRequest(ImageCall call) =>
        UpstreamJsonRequest.Post(call.Provider, $"{call.BaseUrl}/{call.Model.UpstreamId}", writer => writer.WriteString("prompt", call.Request.Prompt));

    public UpstreamImage? Read(ReadOnlyMemory<byte> body)
    {
        if (ImageFormats.Detect(body.Span) is not null)
        {
            return UpstreamImage.Raw(body);
        }

        using var document = JsonBody.TryParse(body);
        return document is not null
            && document.RootElement.TryGet("result", JsonValueKind.Object, out var result)
            && result.Value.TryGet("image", JsonValueKind.String, out var image)
            ? JsonBase64.Decode(image.Value, declaredMediaType: null, revisedPrompt: null)
            : null;
    }
}
