namespace AspireRouter.RouterCore.Streaming;

/// <summary>Where a server-sent event ends in buffered stream bytes: at the blank line (<c>\n\n</c> or <c>\n\r\n</c>) after it.</summary>
public static class ServerSentEventBoundary
{
    /// <summary>The length of the first complete event in <paramref name="buffer"/>, blank-line terminator included; 0 when none is complete yet.</summary>
    public static int FindEnd(ReadOnlySpan<byte> buffer)
    {
        var offset = 0;
        while (true)
        {
            var newline = buffer[offset..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return 0;
            }

            var next = offset + newline + 1;
            if (next < buffer.Length && buffer[next] == (byte)'\n')
            {
                return next + 1;
            }

            if (next + 1 < buffer.Length && buffer[next] == (byte)'\r' && buffer[next + 1] == (byte)'\n')
            {
                return next + 2;
            }

            offset = next;
        }
    }
}
