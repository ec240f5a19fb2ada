using System.Diagnostics.CodeAnalysis;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>A base64 <c>data:</c> URL split into media type and payload, as wire formats with inline images want it.</summary>
internal static class DataUrl
{
    private const string Prefix = "data:";
    private const string Base64Marker = ";base64,";

    public static bool TryParse(string url, [NotNullWhen(true)] out string? mediaType, [NotNullWhen(true)] out string? base64)
    {
        mediaType = null;
        base64 = null;
        if (!url.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var marker = url.IndexOf(Base64Marker, StringComparison.OrdinalIgnoreCase);
        if (marker < 0)
        {
            return false;
        }

        mediaType = marker == Prefix.Length ? "application/octet-stream" : url[Prefix.Length..marker];
        base64 = url[(marker + Base64Marker.Length)..];
        return true;
    }
}
