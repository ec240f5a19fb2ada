namespace AspireRouter.RouterCore.Streaming;

/// <summary>Where a server-sent event ends in buffered stream bytes: at the blank line (<c>\n\n</c> or <c>\n\r\n</c>) after it.</summary>
public static class ServerSentEventBoundary
{
    /// <summary>The length of the first complete event in <paramref name="buffer"/>, blank-line terminator included; 0 when none is complete yet.</summary>
    /// <param name="buffer">The buffered bytes, from the start of the event.</param>
    /// <param name="resumeAt">
    /// Where to start looking: 0 for a new event, else what the previous call left here for the same event (whose bytes only grew
    /// since). Left where the next call resumes when no event is complete, so an event read in many small pieces is scanned once.
    /// </param>
    public static int FindEnd(ReadOnlySpan<byte> buffer, ref int resumeAt)
    {
        var offset = resumeAt;
        while (true)
        {
            var newline = buffer[offset..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                // Only a last "\n" or "\n\r" may still begin the blank line once more bytes arrive.
                resumeAt = buffer.EndsWith("\n"u8) ? buffer.Length - 1 : buffer.EndsWith("\n\r"u8) ? buffer.Length - 2 : buffer.Length;
                return 0;
            }

            var next = offset + newline + 1;
            if (next < buffer.Length && buffer[next] == (byte)'\n')
            {
                resumeAt = 0;
                return next + 1;
            }

            if (next + 1 < buffer.Length && buffer[next] == (byte)'\r' && buffer[next + 1] == (byte)'\n')
            {
                resumeAt = 0;
                return next + 2;
            }

            offset = next;
        }
    }
}
