using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// OpenAI's SSE, read from a provider's stream as it arrives: each complete upstream event is translated when the reader
/// asks for bytes, so tokens pass through as soon as the provider sends them. Buffers are pooled.
/// </summary>
public sealed class TranslatedStream : Stream
{
    private const int InitialSize = 16 * 1024;
    private const int MaxEventBytes = 16 * 1024 * 1024;

    private readonly Stream _upstream;
    private readonly StreamTranslator _translator;
    private readonly PooledByteBufferWriter _output;
    private byte[] _input = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _start;
    private int _end;
    private int _outputRead;
    private bool _upstreamEnded;

    internal TranslatedStream(Stream upstream, PooledByteBufferWriter output, StreamTranslator translator)
    {
        _upstream = upstream;
        _output = output;
        _translator = translator;
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
            var length = StreamFrames.FindEnd(pending, _translator.Framing);
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
        MakeRoom();
        var read = await _upstream.ReadAsync(_input.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        _upstreamEnded = read == 0;
        if (_upstreamEnded && _end > _start)
        {
            // A last event without its blank line still counts.
            _input.AsSpan(_end, 2).Fill((byte)'\n');
            _end += 2;
        }
    }

    private void MakeRoom()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            _input.AsSpan(_start, pending).CopyTo(_input);
            _start = 0;
            _end = pending;
        }

        if (_input.Length - _end < 1024)
        {
            if (_input.Length >= MaxEventBytes)
            {
                throw new IOException("An event of the provider's stream is larger than 16 MiB.");
            }

            var larger = ArrayPool<byte>.Shared.Rent(_input.Length * 2);
            _input.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_input);
            _input = larger;
        }
    }
}
