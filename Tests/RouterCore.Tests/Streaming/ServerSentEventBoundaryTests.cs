using System.Text;
using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterCore.Tests.Streaming;

public sealed class ServerSentEventBoundaryTests
{
    [Theory]
    [InlineData("data: {\"a\":1}\n\ndata: next")]
    [InlineData(": OPENROUTER PROCESSING\r\n\r\ndata: next")]
    [InlineData("event: message\ndata: {\"a\":1}\n\n")]
    public void EventArrivingByteByByte_IsFoundWhole_AndEachCallScansOnlyTheNewBytes(string stream)
    {
        var bytes = Encoding.UTF8.GetBytes(stream);
        var expected = stream.Contains("\r\n\r\n", StringComparison.Ordinal)
            ? stream.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4
            : stream.IndexOf("\n\n", StringComparison.Ordinal) + 2;
        var resumeAt = 0;
        var found = 0;
        var arrived = 0;
        while (found == 0)
        {
            arrived++;
            var before = resumeAt;
            found = ServerSentEventBoundary.FindEnd(bytes.AsSpan(0, arrived), ref resumeAt);
            if (found == 0)
            {
                // The next call starts at the last byte at most one back: what came before is never read again.
                Assert.InRange(resumeAt, Math.Max(before, arrived - 2), arrived);
            }
        }

        Assert.Equal(expected, found);
        Assert.Equal(0, resumeAt);
    }

    [Fact]
    public void ResumePoint_IsWhereTheSearchStarts()
    {
        // Bytes before the resume point were scanned already: a blank line there is not looked at again.
        var bytes = "\n\nxx\n\n"u8;
        var resumeAt = 2;

        Assert.Equal(6, ServerSentEventBoundary.FindEnd(bytes, ref resumeAt));
    }

    [Fact]
    public void LongLineWithoutNewline_ResumesAtItsEnd()
    {
        var line = Encoding.UTF8.GetBytes("data: " + new string('x', 10_000));
        var resumeAt = 0;

        Assert.Equal(0, ServerSentEventBoundary.FindEnd(line, ref resumeAt));
        Assert.Equal(line.Length, resumeAt);
    }
}
