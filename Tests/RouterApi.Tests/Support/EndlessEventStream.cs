namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>An upstream that sends <paramref name="prefix"/>, then one event that never ends (no blank line); counts what was read.</summary>
internal sealed class EndlessEventStream(byte[] prefix) : Stream
{
    private long _position;

    /// <summary>Bytes handed to the reader so far.</summary>
    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var span = buffer.Span;
        var count = 0;
        while (count < span.Length && _position < prefix.Length)
        {
            span[count++] = prefix[_position++];
        }

        // The endless event: one long data line of 'x'.
        span[count..].Fill((byte)'x');
        _position += span.Length - count;
        return ValueTask.FromResult(span.Length);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
