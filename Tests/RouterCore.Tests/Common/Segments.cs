using System.Buffers;

namespace AspireRouter.RouterCore.Tests.Common;

/// <summary>Builds a multi-segment <see cref="ReadOnlySequence{T}"/>, as a request pipe delivers bodies.</summary>
internal static class Segments
{
    public static ReadOnlySequence<byte> Split(byte[] bytes, int segmentLength)
    {
        Segment? first = null;
        Segment? last = null;
        for (var offset = 0; offset < bytes.Length; offset += segmentLength)
        {
            var memory = bytes.AsMemory(offset, Math.Min(segmentLength, bytes.Length - offset));
            last = last is null ? first = new Segment(memory, 0) : last.Append(memory);
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
