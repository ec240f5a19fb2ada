namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// A base64 <c>data:</c> URL (<c>data:image/png;base64,...</c>, RFC 2397) split into media type and payload: as wire formats
/// with inline images want it, and as OpenRouter returns generated images.
/// </summary>
public static class DataUrl
{
    private const string Prefix = "data:";
    private const string Base64Marker = ";base64";
    private const string UnnamedMediaType = "application/octet-stream";

    /// <summary>Splits a base64 data URL; false for any other URL, a data URL of plain text included.</summary>
    /// <param name="url">The URL.</param>
    /// <param name="mediaType">The media type before <c>;base64</c>, with any parameters; <c>application/octet-stream</c> where it names none.</param>
    /// <param name="base64">The payload after the first comma, still encoded.</param>
    public static bool TryParse(ReadOnlySpan<char> url, out ReadOnlySpan<char> mediaType, out ReadOnlySpan<char> base64)
    {
        mediaType = default;
        base64 = default;
        if (!url.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var comma = url.IndexOf(',');
        if (comma < 0 || !url[..comma].EndsWith(Base64Marker, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var header = url[Prefix.Length..(comma - Base64Marker.Length)];
        mediaType = header.IsEmpty ? UnnamedMediaType : header;
        base64 = url[(comma + 1)..];
        return true;
    }
}
