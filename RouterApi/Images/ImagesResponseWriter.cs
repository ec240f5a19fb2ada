using System.Text.Json;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// Writes OpenAI's <c>ImagesResponse</c>: <c>created</c>, <c>data[]</c> with <c>b64_json</c> or <c>url</c> and <c>revised_prompt</c>,
/// plus, per image, the <c>model</c> and <c>provider</c> that made it; and the <c>output_format</c>.
/// </summary>
internal static class ImagesResponseWriter
{
    /// <param name="urls">The stored images' URLs, in order, for <c>response_format: "url"</c>; null for base64.</param>
    public static byte[] Write(DateTimeOffset created, IReadOnlyList<GeneratedImage> images, IReadOnlyList<string>? urls, ImageFileFormat format)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("created", created.ToUnixTimeSeconds());
            writer.WriteStartArray("data");
            for (var i = 0; i < images.Count; i++)
            {
                WriteImage(writer, images[i], urls?[i]);
            }

            writer.WriteEndArray();
            writer.WriteString("output_format", ImageFormats.Name(format));
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteImage(Utf8JsonWriter writer, GeneratedImage image, string? url)
    {
        writer.WriteStartObject();
        if (url is null)
        {
            writer.WriteBase64String("b64_json", image.Image.Bytes);
        }
        else
        {
            writer.WriteString("url", url);
        }

        if (image.RevisedPrompt is { } revised)
        {
            writer.WriteString("revised_prompt", revised);
        }

        writer.WriteString("model", image.Model.Id);
        writer.WriteString("provider", image.Model.Provider);
        writer.WriteEndObject();
    }
}
