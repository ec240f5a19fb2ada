using System.Text;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Upstream;

namespace AspireRouter.RouterCore.Tests.Upstream;

/// <summary>An upstream request body in a pooled buffer: sent whole, and back in the pool once disposed and no longer being sent.</summary>
public sealed class PooledBodyContentTests
{
    private static readonly byte[] Json = Encoding.UTF8.GetBytes("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello.\"}]}");

    [Fact]
    public async Task Sent_IsTheWholeBody_WithItsLength()
    {
        using var content = new PooledBodyContent(BodyOf(Json));
        var sent = new MemoryStream();

        await content.CopyToAsync(sent, TestContext.Current.CancellationToken);

        Assert.Equal(Json, sent.ToArray());
        Assert.Equal(Json.Length, content.Headers.ContentLength);
    }

    [Fact]
    public void Disposed_WithNoSendUnderWay_GivesTheBufferBackAtOnce()
    {
        var body = BodyOf(Json);
        var content = new PooledBodyContent(body);

        content.Dispose();

        Assert.Equal(0, body.Capacity);
    }

    [Fact]
    public async Task Disposed_DuringASend_KeepsTheBufferUntilTheSendEnds_WhichSendsItWhole()
    {
        var body = BodyOf(Json);
        var content = new PooledBodyContent(body);
        var upstream = new HeldWriteStream();
        var sending = content.CopyToAsync(upstream, TestContext.Current.CancellationToken);
        await upstream.WriteBegun.WaitAsync(TestContext.Current.CancellationToken);

        content.Dispose();
        Assert.True(body.Capacity > 0, "the buffer went back to the pool while it was being sent");
        upstream.Release();
        await sending.WaitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Json, upstream.Written);
        Assert.Equal(0, body.Capacity);
    }

    [Fact]
    public async Task Disposed_BeforeASend_RefusesToSend()
    {
        var content = new PooledBodyContent(BodyOf(Json));

        content.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => content.CopyToAsync(new MemoryStream(), TestContext.Current.CancellationToken));
    }

    private static PooledByteBufferWriter BodyOf(byte[] json)
    {
        var body = new PooledByteBufferWriter(json.Length);
        json.CopyTo(body.GetSpan(json.Length));
        body.Advance(json.Length);
        return body;
    }

    /// <summary>A connection whose write waits until the test releases it, then takes the bytes it was handed as they are then.</summary>
    private sealed class HeldWriteStream : Stream
    {
        private readonly TaskCompletionSource _begun = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly MemoryStream _written = new();

        public Task WriteBegun => _begun.Task;

        public byte[] Written => _written.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void Release() => _released.TrySetResult();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _begun.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
            _written.Write(buffer.Span);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
