using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace AspireRouter.UpstreamSimulator.Images;

/// <summary>
/// Writes a real PNG of one solid colour: a one-entry palette at one bit per pixel keeps even a 4096-pixel square cheap
/// (https://www.w3.org/TR/png-3/: signature, IHDR, PLTE, zlib-compressed IDAT, IEND, each chunk with its CRC-32).
/// </summary>
internal static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] SolidColor(int width, int height, byte red, byte green, byte blue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", Header(width, height));
        WriteChunk(png, "PLTE", [red, green, blue]);
        WriteChunk(png, "IDAT", CompressedRows(width, height));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Header(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1; // bit depth
        header[9] = 3; // colour type: palette
        return header;
    }

    /// <summary>Each row is filter byte 0 followed by all-zero palette indices.</summary>
    private static byte[] CompressedRows(int width, int height)
    {
        var row = new byte[1 + ((width + 7) / 8)];
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = new Crc32();
        crc.Append(typeBytes);
        crc.Append(data);
        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, crc.GetCurrentHashAsUInt32());
        png.Write(checksum);
    }
}
