using System.Text;
using AspireRouter.RouterApi.Chat;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterApi.Tests.Chat;

public sealed class SseReadBufferTests
{
    private const int Cap = 64 * 1024;

    [Fact]
    public async Task EventThatNeverEnds_FailsTheReadAtTheCap_WithoutReadingFurther()
    {
        var first = "data: {\"choices\":[]}\n\n"u8.ToArray();
        var upstream = new EndlessEventStream([.. first, .. "data: "u8]);
        using var buffer = new SseReadBuffer(upstream, Cap);
        var events = new List<string>();

        var failure = await Assert.ThrowsAsync<UpstreamStreamException>(async () =>
        {
            while (true)
            {
                while (buffer.TryTake(out var sseEvent))
                {
                    events.Add(Encoding.UTF8.GetString(sseEvent.Span));
                }

                await buffer.FillAsync(TestContext.Current.CancellationToken);
            }
        });

        Assert.Equal(["data: {\"choices\":[]}\n\n"], events);
        Assert.Contains($"larger than {Cap} bytes", failure.Failure.Message, StringComparison.Ordinal);
        Assert.InRange(upstream.BytesRead, Cap, first.Length + Cap);
    }

    [Fact]
    public async Task EventOfExactlyTheCap_IsTakenWhole()
    {
        var data = "data: " + new string('x', Cap - 8) + "\n\n";
        using var buffer = new SseReadBuffer(new TrickleStream(Encoding.UTF8.GetBytes(data + "data: [DONE]\n\n"), 4096), Cap);

        var taken = await TakeAllAsync(buffer);

        Assert.Equal([data, "data: [DONE]\n\n"], taken);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public async Task EventsArrivingInSmallReads_AreTakenWholeAndInOrder(int readSize)
    {
        var large = "data: {\"content\":\"" + string.Concat(Enumerable.Repeat("line\\n", 4000)) + "\"}\n\n";
        string[] expected = [": OPENROUTER PROCESSING\n\n", large, "data: {\"b\":2}\r\n\r\n", "data: [DONE]\n\n"];
        using var buffer = new SseReadBuffer(new TrickleStream(Encoding.UTF8.GetBytes(string.Concat(expected)), readSize), Cap);

        var taken = await TakeAllAsync(buffer);

        Assert.Equal(expected, taken);
    }

    [Fact]
    public async Task NothingPending_WaitsWithAZeroByteRead_AndPartialEventsAreStillTakenWhole()
    {
        string[] expected = ["data: {\"a\":1}\n\n", "data: {\"b\":2}\n\n", "data: [DONE]\n\n"];
        var upstream = new ReadSizeRecordingStream(new TrickleStream(Encoding.UTF8.GetBytes(string.Concat(expected)), 10));
        using var buffer = new SseReadBuffer(upstream, Cap);

        var taken = await TakeAllAsync(buffer);

        Assert.Equal(expected, taken);
        Assert.Equal(0, upstream.Requested[0]);
        Assert.Contains(upstream.Requested, size => size > 0);
    }

    private static async Task<List<string>> TakeAllAsync(SseReadBuffer buffer)
    {
        var taken = new List<string>();
        do
        {
            while (buffer.TryTake(out var sseEvent))
            {
                taken.Add(Encoding.UTF8.GetString(sseEvent.Span));
            }
        }
        while (await buffer.FillAsync(TestContext.Current.CancellationToken));

        return taken;
    }
}
