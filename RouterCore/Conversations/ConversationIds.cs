using System.Buffers;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;

namespace AspireRouter.RouterCore.Conversations;

/// <summary>
/// A conversation's id: a 64-bit XxHash3 of the UTF-8 bytes that identify it, seeded with their source so that the same text
/// from two sources names two conversations. Stable across processes, so replicas agree on it.
/// </summary>
public static class ConversationIds
{
    private const int StackLimit = 256;

    public static ulong Of(ConversationSource source, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var length = Encoding.UTF8.GetMaxByteCount(id.Length);
        byte[]? rented = null;
        Span<byte> buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            return Of(source, buffer[..Encoding.UTF8.GetBytes(id.AsSpan(), buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The id of the JSON string <paramref name="reader"/> is on, from its bytes as sent.</summary>
    internal static ulong Of(ConversationSource source, ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? Of(source, reader.ValueSequence) : Of(source, reader.ValueSpan);

    internal static ulong Of(ConversationSource source, in ReadOnlySequence<byte> utf8) =>
        utf8.IsSingleSegment ? Of(source, utf8.FirstSpan) : Of(source, utf8.ToArray());

    internal static ulong Of(ConversationSource source, ReadOnlySpan<byte> utf8) => XxHash3.HashToUInt64(utf8, (long)source);
}
