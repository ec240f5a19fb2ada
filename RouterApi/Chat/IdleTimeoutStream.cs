using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// An upstream stream that, once armed, fails a read that waits longer than the idle timeout for bytes. Any bytes count, SSE
/// comments and provider pings included, so a stream that says it is still working stays open however long it works.
/// </summary>
internal sealed class IdleTimeoutStream(Stream upstream, TimeSpan idleTimeout, TimeProvider time) : Stream
{
    private AttemptLane? _lane;
    private ITimer? _timer;
    private int _expired;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>
    /// From now on a read waits at most the idle timeout, and is cancelled with the <paramref name="lane"/>'s token: the lane's one
    /// token source is all a stream holds, its timer cancelling it when the stream goes idle (the token a read passes is only checked
    /// before it starts).
    /// </summary>
    public void Arm(AttemptLane lane)
    {
        _lane = lane;
        _timer = time.CreateTimer(static stream => ((IdleTimeoutStream)stream!).Expire(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    // Unarmed, a read is the upstream's own: no frame of this stream's waits with it.
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _lane is { } lane && _timer is { } timer ? ReadArmedAsync(lane, timer, buffer, cancellationToken) : upstream.ReadAsync(buffer, cancellationToken);

    private async ValueTask<int> ReadArmedAsync(AttemptLane lane, ITimer timer, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        timer.Change(idleTimeout, Timeout.InfiniteTimeSpan);
        try
        {
            return await upstream.ReadAsync(buffer, lane.Token);
        }
        catch (OperationCanceledException) when (Volatile.Read(ref _expired) == 1)
        {
            throw new UpstreamStreamException(new UpstreamFailure(UpstreamFailureKind.Timeout)
            {
                Message = $"The upstream stream sent nothing for {idleTimeout.TotalSeconds:0.#} s (Router:StreamIdleTimeout).",
            });
        }
        finally
        {
            timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    private void Expire()
    {
        Volatile.Write(ref _expired, 1);
        _lane?.CancelUpstream();
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read the upstream stream asynchronously.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _timer?.Dispose();
            upstream.Dispose();
        }

        base.Dispose(disposing);
    }
}
