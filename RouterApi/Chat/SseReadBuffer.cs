using System.Buffers;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// A pooled read buffer over an upstream SSE stream that hands out one complete event at a time. An event may be at most
/// <c>maxEventBytes</c> long, so a stream that never ends its event cannot make the buffer grow without bound; the search for an
/// event's end resumes where the previous one stopped. With nothing pending it holds no buffer while it waits for the upstream (a
/// zero-byte read), so thousands of slow streams between two tokens hold none.
/// </summary>
/// <param name="idle">The upstream stream's idle timeout, beneath <paramref name="upstream"/> or the translation over it: a wait here
/// stops its timer, and a read it cancelled fails as the stream's going idle.</param>
internal sealed class SseReadBuffer(Stream upstream, int maxEventBytes, IdleTimeoutStream? idle = null) : IDisposable
{
    private const int InitialSize = 4 * 1024;
    private byte[] _buffer = [];
    private int _start;
    private int _end;
    private int _resumeAt;

    /// <summary>Reads more bytes from upstream; false at the end of the stream.</summary>
    /// <exception cref="UpstreamStreamException">The pending event is already <c>maxEventBytes</c> long and not complete, or the upstream
    /// went idle.</exception>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_start == _end)
            {
                Release();
                // A zero-byte read: it completes once the upstream has bytes to give, and takes none of them.
                _ = await upstream.ReadAsync(Memory<byte>.Empty, cancellationToken);
                _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialSize, maxEventBytes));
            }

            var room = MakeRoom();
            if (room == 0)
            {
                throw UpstreamStreamException.EventTooLarge(maxEventBytes);
            }

            var read = await upstream.ReadAsync(_buffer.AsMemory(_end, room), cancellationToken);
            _end += read;
            return read > 0;
        }
        catch (OperationCanceledException) when (idle is { WentIdle: true })
        {
            throw idle.IdleFailure();
        }
        catch (OperationCanceledException) when (idle is { RouterStopped: true })
        {
            throw new RouterStoppingException();
        }
        finally
        {
            idle?.EndWait();
        }
    }

    /// <summary>The next complete event, valid until the next <see cref="FillAsync"/>.</summary>
    public bool TryTake(out ReadOnlyMemory<byte> sseEvent)
    {
        var length = ServerSentEventBoundary.FindEnd(_buffer.AsSpan(_start, _end - _start), ref _resumeAt);
        if (length == 0)
        {
            sseEvent = default;
            return false;
        }

        sseEvent = _buffer.AsMemory(_start, length);
        _start += length;
        return true;
    }

    public void Dispose() => Release();

    private void Release()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = [];
        _start = 0;
        _end = 0;
    }

    // How many bytes the next read may add: what the buffer has free, up to the event limit.
    private int MakeRoom()
    {
        var pending = _end - _start;
        if (_start > 0 && pending < _buffer.Length / 2)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length && pending < maxEventBytes)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, maxEventBytes));
            _buffer.AsSpan(_start, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
            _start = 0;
            _end = pending;
        }

        return Math.Min(_buffer.Length - _end, maxEventBytes - pending);
    }
}
