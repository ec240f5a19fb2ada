namespace AspireRouter.Benchmarks;

/// <summary>An upstream SSE body that hands out at most one event per read, as a model streaming token by token does.</summary>
internal sealed class EventByEventStream(byte[] body, int[] eventEnds) : Stream
{
    private int _position;
    private int _event;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public void Rewind() => (_position, _event) = (0, 0);

    public override int Read(Span<byte> buffer)
    {
        if (_event == eventEnds.Length)
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, eventEnds[_event] - _position);
        body.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        if (_position == eventEnds[_event])
        {
            _event++;
        }

        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
