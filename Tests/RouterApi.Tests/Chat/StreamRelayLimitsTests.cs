using System.IO.Pipelines;
using System.Text;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Chat;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterApi.Tests.Chat;

/// <summary>What the client sees when an upstream stream breaks the router's limits after its first token.</summary>
public sealed class StreamRelayLimitsTests
{
    private const string FirstChunk = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n";
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task OversizedEvent_EndsTheStreamWithAnErrorEvent_AndReadsNoMoreThanTheCap()
    {
        const int cap = 64 * 1024;
        var upstream = new EndlessEventStream(Encoding.UTF8.GetBytes(FirstChunk + "data: {\"choices\":[{\"delta\":{\"content\":\""));
        var client = new ClientResponse();
        using var events = new SseReadBuffer(upstream, cap);
        var relay = new StreamRelay(client.Context, failures: default, publicModelId: null);

        Assert.Null(await relay.AwaitFirstChunkAsync(events, TestContext.Current.CancellationToken));
        await relay.RelayAsync(events, TestContext.Current.CancellationToken);

        var sent = client.Events();
        Assert.Equal([FirstChunk, "data: [DONE]\n\n"], [sent[0], sent[^1]]);
        var error = ErrorOf(sent[^2]);
        Assert.Equal("upstream_stream_error", (string?)error["code"]);
        Assert.Contains($"larger than {cap} bytes", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(UpstreamFailureKind.ErrorInBody, relay.MidStreamFailure?.Kind);
        Assert.InRange(upstream.BytesRead, cap, FirstChunk.Length + cap);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SilenceAfterTheFirstToken_EndsTheStreamWithAnErrorEvent_WhenTheIdleTimeoutPasses(bool beneathATranslation)
    {
        await using var stream = await ArmedStream.StartAsync(beneathATranslation);
        var (time, pipe, client, relay) = (stream.Time, stream.Pipe, stream.Client, stream.Relay);

        var relaying = relay.RelayAsync(stream.Events, TestContext.Current.CancellationToken).AsTask();
        time.Advance(IdleTimeout - TimeSpan.FromSeconds(1));
        Assert.False(relaying.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await relaying.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        var sent = client.Events();
        Assert.Equal(FirstChunk, sent[0]);
        Assert.Contains("sent nothing for 60 s", (string?)ErrorOf(sent[^2])["message"], StringComparison.Ordinal);
        Assert.Equal("data: [DONE]\n\n", sent[^1]);
        Assert.Equal(UpstreamFailureKind.Timeout, relay.MidStreamFailure?.Kind);
    }

    [Fact]
    public async Task KeepAliveComments_KeepASlowStreamOpen_PastTheIdleTimeout()
    {
        await using var stream = await ArmedStream.StartAsync();
        var (time, pipe, client, relay) = (stream.Time, stream.Pipe, stream.Client, stream.Relay);

        var relaying = relay.RelayAsync(stream.Events, TestContext.Current.CancellationToken).AsTask();
        for (var i = 0; i < 5; i++)
        {
            time.Advance(IdleTimeout - TimeSpan.FromSeconds(10));
            await pipe.Writer.WriteAsync(": OPENROUTER PROCESSING\n\n"u8.ToArray(), TestContext.Current.CancellationToken);
        }

        Assert.False(relaying.IsCompleted);
        await pipe.Writer.WriteAsync("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"!\"}}]}\n\ndata: [DONE]\n\n"u8.ToArray(), TestContext.Current.CancellationToken);
        await relaying.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Null(relay.MidStreamFailure);
        Assert.Equal(2, relay.DataChunks);
        Assert.Equal("data: [DONE]\n\n", client.Events()[^1]);
    }

    [Fact]
    public async Task ClientLeaving_AfterTheFirstToken_StopsTheUpstreamRead_WithoutAnIdleTimeoutError()
    {
        await using var stream = await ArmedStream.StartAsync();

        var relaying = stream.Relay.RelayAsync(stream.Events, stream.Leaving.Token).AsTask();
        await stream.Leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => relaying.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Null(stream.Relay.MidStreamFailure);
        Assert.Equal([FirstChunk], stream.Client.Events());
    }

    private static JsonNode ErrorOf(string sseEvent) => JsonNode.Parse(sseEvent["data: ".Length..])!["error"]!;

    /// <summary>
    /// An upstream stream on a pipe and a fake clock, relayed to a client, past its first chunk and armed for the idle timeout on
    /// its attempt's lane, which follows the client's request (<see cref="Leaving"/>).
    /// </summary>
    private sealed class ArmedStream : IAsyncDisposable
    {
        private readonly IdleTimeoutStream _upstream;
        private readonly AttemptLane _lane;

        private ArmedStream(bool beneathATranslation)
        {
            Leaving = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            _lane = new AttemptLane(new AttemptRace(), Leaving.Token);
            _upstream = new IdleTimeoutStream(Pipe.Reader.AsStream(), IdleTimeout, Time);
            Events = new SseReadBuffer(beneathATranslation ? new TranslationStandIn(_upstream) : _upstream, 1024 * 1024, _upstream);
            Relay = new StreamRelay(Client.Context, failures: default, publicModelId: null);
        }

        public FakeTimeProvider Time { get; } = new();

        public Pipe Pipe { get; } = new(new PipeOptions(readerScheduler: PipeScheduler.Inline, writerScheduler: PipeScheduler.Inline, useSynchronizationContext: false));

        public ClientResponse Client { get; } = new();

        /// <summary>The client's request: cancelled when the client goes away.</summary>
        public CancellationTokenSource Leaving { get; }

        public SseReadBuffer Events { get; }

        public StreamRelay Relay { get; }

        /// <param name="beneathATranslation">Read through another stream, as a provider's translated stream reads its upstream.</param>
        public static async Task<ArmedStream> StartAsync(bool beneathATranslation = false)
        {
            var stream = new ArmedStream(beneathATranslation);
            await stream.Pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(FirstChunk), TestContext.Current.CancellationToken);
            Assert.Null(await stream.Relay.AwaitFirstChunkAsync(stream.Events, TestContext.Current.CancellationToken));
            stream._upstream.Arm(stream._lane);
            return stream;
        }

        public async ValueTask DisposeAsync()
        {
            Events.Dispose();
            await _upstream.DisposeAsync();
            _lane.Dispose();
            Leaving.Dispose();
        }
    }

    /// <summary>A stream over the upstream, in the place of a provider's translation: each read is a read of the upstream.</summary>
    private sealed class TranslationStandIn(Stream upstream) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            upstream.ReadAsync(buffer, cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A response whose body is kept, to read back as the events the client received.</summary>
    private sealed class ClientResponse
    {
        private readonly MemoryStream _body = new();

        public ClientResponse() => Context = new DefaultHttpContext { Response = { Body = _body } };

        public HttpContext Context { get; }

        public List<string> Events() =>
            [.. Encoding.UTF8.GetString(_body.ToArray()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(e => e + "\n\n")];
    }
}
