using System.Buffers;

namespace AspireRouter.RouterApi.Responses;

/// <summary>Joins compact JSON arrays (as <see cref="System.Text.Json.Utf8JsonWriter"/> writes them) as bytes, without parsing them again.</summary>
internal static class JsonArraySplice
{
    /// <summary>Writes one array holding the elements of <paramref name="first"/>, then those of <paramref name="second"/>.</summary>
    public static void Join(IBufferWriter<byte> output, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        output.Write(first[..^1]);
        if (first.Length > 2 && second.Length > 2)
        {
            output.Write(","u8);
        }

        output.Write(second[1..]);
    }
}
