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

    public UpstreamImage? Read(ReadOnlySpan<byte> body)
    {
        if (ImageFormats.Detect(body) is not null)
        {
            return new UpstreamImage(body.ToArray());
        }

        using var document = JsonBody.TryParse(body);
        return document is not null
            && document.RootElement.TryGet("result", JsonValueKind.Object, out var result)
            && Base64.TryDecode(result.Value.StringOf("image")) is { } bytes
            ? new UpstreamImage(bytes)
            : null;
    }
}
