namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>Decodes base64 <c>data:</c> URLs (<c>data:image/png;base64,...</c>), as OpenRouter returns generated images.</summary>
internal static class DataUrl
{
    public static byte[]? TryDecode(string? url)
    {
        if (url is null || !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var comma = url.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || !url.AsSpan(0, comma).EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Base64.TryDecode(url.AsSpan(comma + 1));
    }
}
