using System.Text.Json;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>
/// Google's Gemini API, <c>POST {base}/{model}:generateContent</c> with the key in <c>x-goog-api-key</c>, image output asked for in
/// <c>generationConfig</c>; the image is the first <c>inlineData</c> part of the first candidate.
/// </summary>
internal sealed class GeminiImageAdapter : IImageApiAdapter
{
    public ImageApi Api => ImageApi.Gemini;

    public HttpRequestMessage CreateRequest(ImageCall call) =>
        UpstreamJsonRequest.Post(
            call.Provider,
            $"{call.BaseUrl}/{call.Model.UpstreamId}:generateContent",
            writer =>
            {
                writer.WriteStartArray("contents");
                writer.WriteStartObject();
                writer.WriteString("role", "user");
                writer.WriteStartArray("parts");
                writer.WriteStartObject();
                writer.WriteString("text", call.Request.Prompt);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartObject("generationConfig");
                writer.WriteStartArray("responseModalities");
                writer.WriteStringValue("TEXT");
                writer.WriteStringValue("IMAGE");
                writer.WriteEndArray();
                if (call.Request.Size is { } size)
                {
                    writer.WriteStartObject("imageConfig");
                    writer.WriteString("aspectRatio", AspectRatios.Nearest(size));
                    if (AspectRatios.LargerSizeClass(size) is { } sizeClass)
                    {
                        writer.WriteString("imageSize", sizeClass);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            },
            keyHeader: "x-goog-api-key");

    public UpstreamImage? Read(ReadOnlyMemory<byte> body)
    {
        using var document = JsonBody.TryParse(body);
        foreach (var candidate in document?.RootElement.ItemsOf("candidates") ?? [])
        {
            if (!candidate.TryGet("content", JsonValueKind.Object, out var content))
            {
                continue;
            }

            foreach (var part in content.Value.ItemsOf("parts"))
            {
                if ((part.TryGet("inlineData", JsonValueKind.Object, out var inline) || part.TryGet("inline_data", JsonValueKind.Object, out inline))
                    && inline.Value.TryGet("data", JsonValueKind.String, out var data)
                    && JsonBase64.Decode(data.Value, inline.Value.StringOf("mimeType") ?? inline.Value.StringOf("mime_type"), revisedPrompt: null) is { } image)
                {
                    return image;
                }
            }
        }

        return null;
    }
}
