using System.Text.Json;

namespace AspireRouter.RouterApi.Messages;

/// <summary>An Anthropic image block's <c>source</c> as the URL an OpenAI <c>image_url</c> part takes.</summary>
internal static class ImageSource
{
    /// <returns>A <c>data:</c> URL for a base64 source, the URL of a url source, or null when the source is neither.</returns>
    public static string? Url(JsonElement image)
    {
        if (!image.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (MessagesContentWriter.IsType(source, "url"))
        {
            return source.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
        }

        return MessagesContentWriter.IsType(source, "base64")
            && source.TryGetProperty("media_type", out var mediaType) && mediaType.ValueKind == JsonValueKind.String
            && source.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String
                ? $"data:{mediaType.GetString()};base64,{data.GetString()}"
                : null;
    }
}
