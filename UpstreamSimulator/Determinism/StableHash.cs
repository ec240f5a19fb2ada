using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace AspireRouter.UpstreamSimulator.Determinism;

/// <summary>Hashes that stay the same across processes (unlike <see cref="string.GetHashCode()"/>), to derive replies from a seed.</summary>
internal static class StableHash
{
    public static ulong Of(string text, ulong seed = 0) =>
        XxHash64.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan()), (long)seed);

    public static ulong Combine(ulong first, ulong second)
    {
        Span<ulong> pair = [first, second];
        return XxHash64.HashToUInt64(MemoryMarshal.AsBytes(pair));
    }

    /// <summary>A short lowercase alphanumeric tag, e.g. for ids.</summary>
    public static string Tag(ulong hash, int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        var builder = new StringBuilder(length);
        var random = new DeterministicRandom(hash);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }
}
