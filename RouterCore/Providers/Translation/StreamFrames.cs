using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>Finds complete events in buffered stream bytes and splits a server-sent event into its name and data.</summary>
internal static class StreamFrames
{
    private static ReadOnlySpan<byte> EventField => "event:"u8;

    private static ReadOnlySpan<byte> DataField => "data:"u8;

    /// <summary>The length of the first complete frame (terminator included), or 0 when none is complete yet.</summary>
    /// <param name="resumeAt">Where the search starts, and resumes on the next call when no frame is complete (see <see cref="ServerSentEventBoundary"/>).</param>
    public static int FindEnd(ReadOnlySpan<byte> buffer, StreamFraming framing, ref int resumeAt)
    {
        if (framing == StreamFraming.JsonLines)
        {
            var newline = buffer[resumeAt..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                resumeAt = buffer.Length;
                return 0;
            }

            var length = resumeAt + newline + 1;
            resumeAt = 0;
            return length;
        }

        return ServerSentEventBoundary.FindEnd(buffer, ref resumeAt);
    }

    /// <summary>The <c>event:</c> name (empty when absent) and the first <c>data:</c> payload of one server-sent event.</summary>
    public static void Split(ReadOnlySpan<byte> frame, out ReadOnlySpan<byte> eventName, out ReadOnlySpan<byte> data)
    {
        eventName = default;
        data = default;
        while (!frame.IsEmpty)
        {
            var newline = frame.IndexOf((byte)'\n');
            var line = (newline < 0 ? frame : frame[..newline]).TrimEnd((byte)'\r');
            frame = newline < 0 ? default : frame[(newline + 1)..];
            if (line.StartsWith(EventField))
            {
                eventName = line[EventField.Length..].Trim((byte)' ');
            }
            else if (line.StartsWith(DataField) && data.IsEmpty)
            {
                data = line[DataField.Length..].Trim((byte)' ');
            }
        }
    }
}
