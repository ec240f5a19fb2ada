using System.Buffers.Binary;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Reads image files' own headers, so tests check the bytes rather than trust the router.</summary>
internal static class ImageHeaders
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The width and height from a PNG's IHDR chunk; fails the test when the bytes are not a PNG.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith(PngSignature), "not a PNG: the signature is missing");
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    public static bool IsJpeg(byte[] bytes) => bytes.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]);
}
