using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// OpenAI's SSE, read from a provider's stream as it arrives: each complete upstream event is translated when the reader
/// asks for bytes, so tokens pass through as soon as the provider sends them. Buffers are pooled.
/// </summary>
public sealed class TranslatedStream : Stream
{
    private const int InitialSize = 16 * 1024;

    private readonly Stream _upstream;
    private readonly StreamTranslator _translator;
    private readonly PooledByteBufferWriter _output;
    private readonly int _maxEventBytes;
    private byte[] _input;
    private int _start;
    private int _end;
    private int _resumeAt;
    private int _outputRead;
    private bool _upstreamEnded;

    internal TranslatedStream(Stream upstream, PooledByteBufferWriter output, StreamTranslator translator, int maxEventBytes)
    {
        _upstream = upstream;
        _output = output;
        _translator = translator;
        _maxEventBytes = maxEventBytes;
        _input = ArrayPool<byte>.Shared.Rent(Math.Min(InitialSize, maxEventBytes) + 2);
    }

    /// <summary>The failure the provider's stream ended with, if it did (the reader saw it as an OpenAI error event).</summary>
    public UpstreamFailure? Failure => _translator.Failure;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_outputRead == _output.WrittenCount)
        {
            if (_translator.IsOver)
            {
                return 0;
            }

            _output.Clear();
            _outputRead = 0;
            if (TranslateBufferedEvents())
            {
                continue;
            }

            if (_upstreamEnded)
            {
                _translator.OnEnd();
                continue;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }

        var count = Math.Min(buffer.Length, _output.WrittenCount - _outputRead);
        _output.WrittenMemory.Slice(_outputRead, count).CopyTo(buffer);
        _outputRead += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read the translated stream asynchronously.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _input.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_input);
            _input = [];
            _translator.Dispose();
            _output.Dispose();
            _upstream.Dispose();
        }

        base.Dispose(disposing);
    }

    // True when at least one event was taken (its translation may be empty, e.g. a ping).
    private bool TranslateBufferedEvents()
    {
        var took = false;
        while (!_translator.IsOver)
        {
            var pending = _input.AsSpan(_start, _end - _start);
            var length = StreamFrames.FindEnd(pending, _translator.Framing, ref _resumeAt);
            if (length == 0)
            {
                break;
            }

            Translate(pending[..length]);
            _start += length;
            took = true;
        }

        return took;
    }

    private void Translate(ReadOnlySpan<byte> frame)
    {
        ReadOnlySpan<byte> name = default;
        var data = frame.Trim("\r\n "u8);
        if (_translator.Framing == StreamFraming.ServerSentEvents)
        {
            StreamFrames.Split(frame, out name, out data);
        }

        if (data.IsEmpty)
        {
            return;
        }

        if (data.SequenceEqual("[DONE]"u8))
        {
            _translator.OnEnd();
            return;
        }

        try
        {
            _translator.OnEvent(name, data);
        }
        catch (JsonException ex)
        {
            _translator.Fail(new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = $"The provider sent an unreadable event: {ex.Message}" });
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var room = MakeRoom();
        if (room == 0)
        {
            throw UpstreamStreamException.EventTooLarge(_maxEventBytes);
        }

        var read = await _upstream.ReadAsync(_input.AsMemory(_end, room), cancellationToken).ConfigureAwait(false);
        _end += read;
        _upstreamEnded = read == 0;
        if (_upstreamEnded && _end > _start)
        {
            // A last event without its blank line still counts (two bytes are always kept free for it).
            _input.AsSpan(_end, 2).Fill((byte)'\n');
            _end += 2;
        }
    }

    // How many bytes the next read may add: what the buffer has free (less the two kept for a last blank line), up to the event limit.
    private int MakeRoom()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            _input.AsSpan(_start, pending).CopyTo(_input);
            _start = 0;
            _end = pending;
        }

        if (_input.Length - _end < 1024 && pending < _maxEventBytes && _input.Length - 2 < _maxEventBytes)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_input.Length * 2, _maxEventBytes + 2));
            _input.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_input);
            _input = larger;
        }

        return Math.Min(_input.Length - 2 - _end, _maxEventBytes - pending);
    }
}
