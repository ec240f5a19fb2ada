using System.Buffers.Text;
using System.Text.Json;
using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// Writes OpenAI's <c>ImagesResponse</c>: <c>created</c>, <c>data[]</c> with <c>b64_json</c> or <c>url</c> and <c>revised_prompt</c>,
/// plus, per image, the <c>model</c> and <c>provider</c> that made it; and the <c>output_format</c>.
/// </summary>
internal static class ImagesResponseWriter
{
    /// <param name="urls">The stored images' URLs, in order, for <c>response_format: "url"</c>; null for base64.</param>
    /// <returns>The body, in a pooled buffer sized for the images' base64 (dispose it).</returns>
    public static PooledByteBufferWriter Write(DateTimeOffset created, IReadOnlyList<GeneratedImage> images, IReadOnlyList<string>? urls, ImageFileFormat format)
    {
        var buffer = new PooledByteBufferWriter(EstimatedSize(images, urls));
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

        return buffer;
    }

    private static int EstimatedSize(IReadOnlyList<GeneratedImage> images, IReadOnlyList<string>? urls)
    {
        var size = 256;
        for (var i = 0; i < images.Count; i++)
        {
            size += 256 + (urls is null ? Base64.GetMaxEncodedToUtf8Length(images[i].Image.Bytes.Length) : urls[i].Length);
        }

        return size;
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
