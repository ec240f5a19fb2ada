using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterApi.Chat;
using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterApi.Responses;

/// <summary>
/// Answers in the Responses API's format: a whole chat completion becomes a <c>response</c> object, a stream becomes the
/// Responses event stream (<see cref="ResponsesAnswerStream"/>). Keeps the answered response and its output for the store.
/// </summary>
internal sealed class ResponsesAnswerFormat(ResponseEcho echo, TimeProvider time) : IAnswerFormat, IDisposable
{
    private PooledByteBufferWriter? _response;

    /// <summary>The response object as answered (completed or incomplete); null until then, and when it failed.</summary>
    public ReadOnlyMemory<byte>? Response => _response?.WrittenMemory;

    /// <summary>The answered output; null until the response was answered.</summary>
    public ResponseOutput? Output { get; private set; }

    /// <summary>The writer the stream's events are written with, reset onto each event's output.</summary>
    public Utf8JsonWriter EventWriter { get; } = new(Stream.Null);

    public long Now => time.GetUtcNow().ToUnixTimeSeconds();

    public void WriteCompletion(ReadOnlySpan<byte> completion, string modelId, IBufferWriter<byte> output)
    {
        var answer = ChatAnswerReader.ReadCompletion(completion);
        var response = new PooledByteBufferWriter(completion.Length + 1024);
        using (var writer = new Utf8JsonWriter(response))
        {
            ResponseObjectWriter.Write(writer, echo, modelId, StatusOf(answer), answer, error: null, Now);
        }

        output.Write(response.WrittenSpan);
        Answered(response, answer);
    }

    public IAnswerStream OpenStream(string modelId) => new ResponsesAnswerStream(this, echo, modelId);

    public static string StatusOf(ResponseOutput output) => output.IncompleteReason is null ? ResponseObjectWriter.Completed : ResponseObjectWriter.Incomplete;

    /// <summary>Keeps the response the client got (taking ownership of its buffer).</summary>
    public void Answered(PooledByteBufferWriter response, ResponseOutput output)
    {
        _response?.Dispose();
        _response = response;
        Output = output;
    }

    public void Dispose()
    {
        _response?.Dispose();
        EventWriter.Dispose();
    }
}
