using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// Writes a message's text and image parts in order into a turn's content, each as the format's block for it (the image from
/// its URL: a data URL or a link); empty text is left out.
/// </summary>
internal static class ContentPartWriter
{
    public static void Write(
        Utf8JsonWriter json, OpenAiMessage message, Action<Utf8JsonWriter, string> writeText, Action<Utf8JsonWriter, string> writeImage)
    {
        if (message.Content is not { } parts)
        {
            return;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.IsImage)
            {
                writeImage(json, part.ImageUrl!.Url);
            }
            else if (!string.IsNullOrEmpty(part.Text))
            {
                writeText(json, part.Text);
            }
        }
    }
}
