using System.Text.Json;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>
/// OpenRouter's image generation: chat completions with <c>modalities</c> (<c>["image"]</c> for image-only models) and
/// <c>image_config</c> from the size; the image is a data URL in <c>choices[0].message.images[].image_url.url</c>.
/// </summary>
internal sealed class ChatImageAdapter : IImageApiAdapter
{
    public ImageApi Api => ImageApi.Chat;

    public HttpRequestMessage CreateRequest(ImageCall call) =>
        UpstreamJsonRequest.Post(call.Provider, call.BaseUrl + "/chat/completions", writer =>
        {
            var request = call.Request;
            writer.WriteString("model", call.Model.UpstreamId);
            writer.WriteStartArray("messages");
            writer.WriteStartObject();
            writer.WriteString("role", "user");
            writer.WriteString("content", request.Prompt);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartArray("modalities");
            writer.WriteStringValue(Modalities.Image);
            if (call.Model.Capabilities.HasFlag(ModelCapabilities.TextOutput))
            {
                writer.WriteStringValue(Modalities.Text);
            }

            writer.WriteEndArray();
            if (request.Size is { } size)
            {
                writer.WriteStartObject("image_config");
                writer.WriteString("aspect_ratio", AspectRatios.Nearest(size));
                if (AspectRatios.LargerSizeClass(size) is { } sizeClass)
                {
                    writer.WriteString("image_size", sizeClass);
                }

                writer.WriteEndObject();
            }

            if (request.User is { } user)
            {
                writer.WriteString("user", user);
            }
        });

    public UpstreamImage? Read(ReadOnlyMemory<byte> body)
    {
        using var document = JsonBody.TryParse(body);
        var message = document?.RootElement.ItemsOf("choices").FirstOrDefault() is { } choice && choice.TryGet("message", JsonValueKind.Object, out var found)
            ? found.Value
            : default;
        foreach (var image in message.ItemsOf("images"))
        {
            if (image.TryGet("image_url", JsonValueKind.Object, out var imageUrl)
                && imageUrl.Value.TryGet("url", JsonValueKind.String, out var url)
                && JsonBase64.DecodeDataUrl(url.Value, revisedPrompt: null) is { } decoded)
            {
                return decoded;
            }
        }

        return null;
    }
}
