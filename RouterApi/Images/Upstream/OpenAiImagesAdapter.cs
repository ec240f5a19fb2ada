using System.Text.Json;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>OpenAI's Images API: <c>POST {base}/images/generations</c> for one base64 image (size and quality as asked), with its revised prompt when the model gives one.</summary>
internal sealed class OpenAiImagesAdapter : IImageApiAdapter
{
    public ImageApi Api => ImageApi.OpenAiImages;

    public HttpRequestMessage CreateRequest(ImageCall call) =>
        UpstreamJsonRequest.Post(call.Provider, call.BaseUrl + "/images/generations", writer =>
        {
            var request = call.Request;
            writer.WriteString("model", call.Model.UpstreamId);
            writer.WriteString("prompt", request.Prompt);
            writer.WriteNumber("n", 1);
            writer.WriteString("response_format", "b64_json");
            if (request.Size is { } size)
            {
                writer.WriteString("size", size.ToString());
            }

            if (request.Quality is { } quality)
            {
                writer.WriteString("quality", quality);
            }

            if (request.User is { } user)
            {
                writer.WriteString("user", user);
            }
        });

    public UpstreamImage? Read(ReadOnlyMemory<byte> body)
    {
        using var document = JsonBody.TryParse(body);
        foreach (var item in document?.RootElement.ItemsOf("data") ?? [])
        {
            if (item.TryGet("b64_json", JsonValueKind.String, out var base64)
                && JsonBase64.Decode(base64.Value, declaredMediaType: null, item.StringOf("revised_prompt")) is { } image)
            {
                return image;
            }
        }

        return null;
    }
}
