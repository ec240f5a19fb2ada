using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// An upstream stream that, once armed, fails a read that waits longer than the idle timeout for bytes. Any bytes count, SSE
/// comments and provider pings included, so a stream that says it is still working stays open however long it works.
/// </summary>
internal sealed class IdleTimeoutStream(Stream upstream, TimeSpan idleTimeout, TimeProvider time) : Stream
{
    private CancellationTokenSource? _idle;
    private ITimer? _timer;
    private CancellationToken _armedFor;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>
    /// From now on a read waits at most the idle timeout, and is cancelled with <paramref name="cancellationToken"/> (the token a
    /// read passes is only checked before it starts: the relay passes this same one).
    /// </summary>
    public void Arm(CancellationToken cancellationToken)
    {
        _armedFor = cancellationToken;
        _idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _timer = time.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), _idle, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_idle is null || _timer is null)
        {
            return await upstream.ReadAsync(buffer, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        _timer.Change(idleTimeout, Timeout.InfiniteTimeSpan);
        try
        {
            return await upstream.ReadAsync(buffer, _idle.Token);
        }
        catch (OperationCanceledException) when (!_armedFor.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new UpstreamStreamException(new UpstreamFailure(UpstreamFailureKind.Timeout)
            {
                Message = $"The upstream stream sent nothing for {idleTimeout.TotalSeconds:0.#} s (Router:StreamIdleTimeout).",
            });
        }
        finally
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
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
            _idle?.Dispose();
            upstream.Dispose();
        }

        base.Dispose(disposing);
    }
}
