using System.Buffers;

namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>
/// An image as a provider returned it: its bytes (any format, not yet checked), the media type the provider labelled it with, if
/// any, and the prompt the model says it used. Dispose it to return the pooled buffer a base64 image was decoded into.
/// </summary>
internal sealed class UpstreamImage : IDisposable
{
    private byte[]? _rented;

    private UpstreamImage(ReadOnlyMemory<byte> bytes, byte[]? rented, string? declaredMediaType, string? revisedPrompt)
    {
        Bytes = bytes;
        _rented = rented;
        DeclaredMediaType = declaredMediaType;
        RevisedPrompt = revisedPrompt;
    }

    public ReadOnlyMemory<byte> Bytes { get; private set; }

    /// <summary>The media type the provider gave the image (a data URL's, Gemini's <c>mimeType</c>); null when it gave none.</summary>
    public string? DeclaredMediaType { get; }

    public string? RevisedPrompt { get; }

    /// <summary>A response body that is the image itself; valid as long as the body is.</summary>
    public static UpstreamImage Raw(ReadOnlyMemory<byte> body) => new(body, rented: null, declaredMediaType: null, revisedPrompt: null);

    /// <summary>An image decoded into <paramref name="rented"/> (from <see cref="ArrayPool{T}.Shared"/>), which it now owns.</summary>
    public static UpstreamImage Decoded(byte[] rented, Range bytes, string? declaredMediaType, string? revisedPrompt) =>
        new(rented.AsMemory()[bytes], rented, declaredMediaType, revisedPrompt);

    public void Dispose()
    {
        Bytes = default;
        if (Interlocked.Exchange(ref _rented, null) is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
