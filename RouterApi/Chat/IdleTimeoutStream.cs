using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// An upstream stream that, once armed, cancels a read that waits longer than the idle timeout for bytes; its reader
/// (<see cref="SseReadBuffer"/>) reports that as the stream's failure. Any bytes count, SSE comments and provider pings included,
/// so a stream that says it is still working stays open however long it works. The router's stop cancels its reads too
/// (<see cref="StopForShutdown"/>), and the reader reports that as the router's, not the model's.
/// </summary>
internal sealed class IdleTimeoutStream(Stream upstream, TimeSpan idleTimeout, TimeProvider time) : Stream
{
    private AttemptLane? _lane;
    private ITimer? _timer;
    private int _expired;
    private int _stopped;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>
    /// From now on each read starts the idle timer, and is cancelled with the <paramref name="lane"/>'s token: the lane's one token
    /// source is all a stream holds, the timer cancelling it when the stream goes idle (the token a read passes is only checked before
    /// it starts). Whoever waits for the reads stops the timer with <see cref="EndWait"/>, so no frame of this stream waits with them.
    /// </summary>
    public void Arm(AttemptLane lane)
    {
        _lane = lane;
        _timer = time.CreateTimer(static stream => ((IdleTimeoutStream)stream!).Expire(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_lane is not { } lane || _timer is not { } timer)
        {
            return upstream.ReadAsync(buffer, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        timer.Change(idleTimeout, Timeout.InfiniteTimeSpan);
        return upstream.ReadAsync(buffer, lane.Token);
    }

    /// <summary>The idle timer fired: a read cancelled since stands for <see cref="IdleFailure"/>, not for the client's leaving.</summary>
    public bool WentIdle => Volatile.Read(ref _expired) == 1;

    /// <summary>The router is stopping (<see cref="StopForShutdown"/>): a read cancelled since stands for that.</summary>
    public bool RouterStopped => Volatile.Read(ref _stopped) == 1;

    /// <summary>Cancels the armed stream's reads because the router is stopping: its reader ends it with <see cref="RouterStoppingException"/>.</summary>
    public void StopForShutdown()
    {
        Volatile.Write(ref _stopped, 1);
        _lane?.CancelUpstream();
    }

    /// <summary>The reader's wait for bytes ended (they came, or the read failed): the idle timer stops until the next read.</summary>
    public void EndWait() => _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    /// <summary>What the reader throws for a read the idle timeout cancelled.</summary>
    public UpstreamStreamException IdleFailure() => new(new UpstreamFailure(UpstreamFailureKind.Timeout)
    {
        Message = $"The upstream stream sent nothing for {idleTimeout.TotalSeconds:0.#} s (Router:StreamIdleTimeout).",
    });

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
