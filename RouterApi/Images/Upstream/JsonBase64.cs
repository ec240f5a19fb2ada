using System.Buffers;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>
/// Decodes an image carried as a JSON string of base64 (bare, or in a <c>data:</c> URL) straight from the body's UTF-8 into one
/// pooled buffer, never through a .NET string: a 4K image would otherwise cost its size several times over.
/// </summary>
internal static class JsonBase64
{
    private static ReadOnlySpan<byte> DataScheme => "data:"u8;

    private static ReadOnlySpan<byte> Base64Marker => ";base64,"u8;

    /// <returns>The image, or null when the value is not a string of base64 (then nothing stays rented).</returns>
    public static UpstreamImage? Decode(JsonElement value, string? declaredMediaType, string? revisedPrompt) =>
        Decode(value, dataUrl: false, declaredMediaType, revisedPrompt);

    /// <returns>The image with the URL's media type, or null when the value is not a base64 <c>data:</c> URL.</returns>
    public static UpstreamImage? DecodeDataUrl(JsonElement value, string? revisedPrompt) =>
        Decode(value, dataUrl: true, declaredMediaType: null, revisedPrompt);

    private static UpstreamImage? Decode(JsonElement value, bool dataUrl, string? declaredMediaType, string? revisedPrompt)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var raw = JsonMarshal.GetRawUtf8Value(value);
        var rented = ArrayPool<byte>.Shared.Rent(raw.Length);
        var reader = new Utf8JsonReader(raw);
        reader.Read();
        var text = rented.AsSpan(0, reader.CopyString(rented));
        var start = 0;
        if (dataUrl)
        {
            var marker = text.IndexOf(Base64Marker);
            if (!text.StartsWith(DataScheme) || marker < 0)
            {
                ArrayPool<byte>.Shared.Return(rented);
                return null;
            }

            declaredMediaType = Encoding.ASCII.GetString(text[DataScheme.Length..marker]);
            start = marker + Base64Marker.Length;
        }

        if (Base64.DecodeFromUtf8InPlace(text[start..], out var written) != OperationStatus.Done || written == 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
            return null;
        }

        return UpstreamImage.Decoded(rented, start..(start + written), declaredMediaType, revisedPrompt);
    }
}
