using System.Buffers;
using System.IO.Pipelines;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Telemetry;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// Relays an upstream SSE stream. Nothing reaches the client until the first data chunk, so a failure before it lets the
/// router try the next model; after it, an upstream failure ends the stream with an OpenAI-shaped error event and <c>[DONE]</c>,
/// and so does the router's stop (<c>router_stopping</c>).
/// </summary>
/// <param name="failures">What an error event stands for (<c>default</c>: nothing but a failure of the stream).</param>
/// <param name="transcript">Where the relayed chunks are read for the attempt's span, when it is recorded.</param>
/// <param name="format">The client's API when it is not chat completions: each chunk is written as that API's events instead.</param>
internal sealed class StreamRelay(
    HttpContext context,
    StreamFailureClassifier failures,
    string? publicModelId,
    ChatTranscript? transcript = null,
    IAnswerStream? format = null)
{
    private static ReadOnlySpan<byte> DataPrefix => "data: "u8;

    private static ReadOnlySpan<byte> EventEnd => "\n\n"u8;

    private static ReadOnlySpan<byte> DoneEvent => "data: [DONE]\n\n"u8;

    private static readonly OpenAiError StoppingError = new(
        "The router is stopping, so this stream was cut short. Send the request again: another replica, or this one once it is back, will take it.",
        "server_error",
        Param: null,
        Code: "router_stopping");

    private readonly PipeWriter _client = context.Response.BodyWriter;
    private ReadOnlyMemory<byte> _firstChunk;

    /// <summary>Data chunks relayed so far, the first included (about one token each).</summary>
    public int DataChunks { get; private set; }

    /// <summary>The tokens the stream's usage chunk reported, when it came.</summary>
    public TokenUsage? Usage { get; private set; }

    /// <summary>The failure the relay ran into after the first chunk, if any; the client has seen it as an error event.</summary>
    public UpstreamFailure? MidStreamFailure { get; private set; }

    /// <summary>Reads up to the first data chunk without writing anything; the failure when there is none.</summary>
    public async ValueTask<UpstreamFailure?> AwaitFirstChunkAsync(SseReadBuffer upstream, CancellationToken cancellationToken)
    {
        while (true)
        {
            while (upstream.TryTake(out var sseEvent))
            {
                switch (SseEvent.Classify(sseEvent.Span, out var data))
                {
                    case SseEventKind.Data:
                        _firstChunk = sseEvent;
                        return null;
                    case SseEventKind.Error:
                        return failures.Classify(data) ?? new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = "The stream began with an error." };
                    case SseEventKind.Done:
                        return new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = "The stream ended before the first token." };
                }
            }

            if (!await upstream.FillAsync(cancellationToken))
            {
                return new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = "The stream closed before the first token." };
            }
        }
    }

    /// <summary>Writes the first chunk and relays the rest until <c>[DONE]</c>, the end of the stream, or an upstream failure.</summary>
    public async ValueTask RelayAsync(SseReadBuffer upstream, CancellationToken cancellationToken)
    {
        WriteData(_firstChunk.Span);

        // Written: the read buffer's array it points into goes back to the pool at the next wait, and is no longer kept alive from here.
        _firstChunk = default;
        while (true)
        {
            while (upstream.TryTake(out var sseEvent))
            {
                switch (SseEvent.Classify(sseEvent.Span, out var data))
                {
                    case SseEventKind.Done:
                        await EndAsync(cancellationToken);
                        return;
                    case SseEventKind.Error:
                        await EndWithErrorAsync(failures.Classify(data) ?? new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = "The upstream stream failed." }, cancellationToken);
                        return;
                    case SseEventKind.Data:
                        WriteData(sseEvent.Span);
                        break;
                    default:
                        WriteComment(sseEvent.Span);
                        break;
                }
            }

            await _client.FlushAsync(cancellationToken);
            bool more;
            try
            {
                more = await upstream.FillAsync(cancellationToken);
            }
            catch (UpstreamStreamException ex)
            {
                await EndWithErrorAsync(ex.Failure, cancellationToken);
                return;
            }
            catch (IOException ex)
            {
                await EndWithErrorAsync(UpstreamFailure.ConnectError($"The upstream stream broke: {ex.Message}"), cancellationToken);
                return;
            }
            catch (RouterStoppingException)
            {
                // Not the model's failure: it served as far as it was let, and does not cool down for the router's stop.
                await EndWithErrorAsync(StoppingError, cancellationToken);
                return;
            }

            if (!more)
            {
                await EndAsync(cancellationToken);
                return;
            }
        }
    }

    private async ValueTask EndAsync(CancellationToken cancellationToken)
    {
        if (format is null)
        {
            _client.Write(DoneEvent);
        }
        else
        {
            format.WriteEnd(_client);
        }

        await _client.FlushAsync(cancellationToken);
    }

    private void WriteComment(ReadOnlySpan<byte> sseEvent)
    {
        if (format is null)
        {
            _client.Write(sseEvent);
        }
        else
        {
            format.WriteKeepAlive(_client);
        }
    }

    private void WriteData(ReadOnlySpan<byte> sseEvent)
    {
        DataChunks++;
        if (UsageReader.TryRead(sseEvent, out var usage))
        {
            Usage = usage;
        }

        if (transcript is not null)
        {
            SseEvent.Classify(sseEvent, out var chunk);
            transcript.ReadChunk(chunk);
        }

        if (format is not null)
        {
            SseEvent.Classify(sseEvent, out var chunk);
            format.WriteChunk(chunk, _client);
            return;
        }

        if (publicModelId is null)
        {
            _client.Write(sseEvent);
            return;
        }

        SseEvent.Classify(sseEvent, out var data);
        using var rewritten = new PooledByteBufferWriter(data.Length + 64);
        if (!ResponseModelRewriter.TryRewrite(data, publicModelId, rewritten))
        {
            _client.Write(sseEvent);
            return;
        }

        _client.Write(DataPrefix);
        _client.Write(rewritten.WrittenSpan);
        _client.Write(EventEnd);
    }

    private ValueTask EndWithErrorAsync(UpstreamFailure failure, CancellationToken cancellationToken)
    {
        MidStreamFailure = failure;
        return EndWithErrorAsync(
            new OpenAiError(
                $"The model's stream failed after it began: {failure.Message ?? failure.Kind.ToString()}",
                "upstream_error",
                Param: null,
                Code: "upstream_stream_error"),
            cancellationToken);
    }

    private async ValueTask EndWithErrorAsync(OpenAiError error, CancellationToken cancellationToken)
    {
        if (format is not null)
        {
            format.WriteFailure(error, _client);
            await _client.FlushAsync(cancellationToken);
            return;
        }

        _client.Write(DataPrefix);
        OpenAiErrorWriter.Write(_client, error);
        _client.Write(EventEnd);
        await EndAsync(cancellationToken);
    }
}
