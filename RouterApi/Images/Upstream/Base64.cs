namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>Base64 decoding that answers null for text that is not base64, instead of throwing.</summary>
internal static class Base64
{
    public static byte[]? TryDecode(ReadOnlySpan<char> text)
    {
        var bytes = new byte[text.Length * 3 / 4];
        return Convert.TryFromBase64Chars(text, bytes, out var written) && written > 0 ? bytes[..written] : null;
    }
}
