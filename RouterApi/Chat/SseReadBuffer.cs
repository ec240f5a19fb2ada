using System.Buffers;
using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterApi.Chat;

/// <summary>A pooled read buffer over an upstream SSE stream that hands out one complete event at a time.</summary>
internal sealed class SseReadBuffer(Stream upstream) : IDisposable
{
    private const int InitialSize = 4 * 1024;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _start;
    private int _end;

    /// <summary>Reads more bytes from upstream; false at the end of the stream.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        MakeRoom();
        var read = await upstream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read > 0;
    }

    /// <summary>The next complete event, valid until the next <see cref="FillAsync"/>.</summary>
    public bool TryTake(out ReadOnlyMemory<byte> sseEvent)
    {
        var length = ServerSentEventBoundary.FindEnd(_buffer.AsSpan(_start, _end - _start));
        if (length == 0)
        {
            sseEvent = default;
            return false;
        }

        sseEvent = _buffer.AsMemory(_start, length);
        _start += length;
        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void MakeRoom()
    {
        var pending = _end - _start;
        if (_start > 0 && pending < _buffer.Length / 2)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(_start, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
            _start = 0;
            _end = pending;
        }
    }
}
