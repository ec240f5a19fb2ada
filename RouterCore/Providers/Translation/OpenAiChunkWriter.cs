using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// Writes OpenAI's streaming events (<c>data: {chat.completion.chunk}</c>, a usage chunk, <c>data: [DONE]</c>) into a buffer:
/// the role goes with the first delta, so a stream that fails before any content has sent nothing a client would keep.
/// </summary>
internal sealed class OpenAiChunkWriter : IDisposable
{
    private static ReadOnlySpan<byte> DataPrefix => "data: "u8;

    private static ReadOnlySpan<byte> EventEnd => "\n\n"u8;

    private static ReadOnlySpan<byte> DoneEvent => "data: [DONE]\n\n"u8;

    private readonly IBufferWriter<byte> _output;
    private readonly Utf8JsonWriter _json;
    private readonly string _model;
    private readonly long _created;
    private bool _roleSent;

    public OpenAiChunkWriter(IBufferWriter<byte> output, string model, long created)
    {
        _output = output;
        _json = new Utf8JsonWriter(output);
        _model = model;
        _created = created;
    }

    /// <summary>The completion id every chunk carries; the provider's own id can replace it until the first chunk.</summary>
    public string Id { get; set; } = ResponseIds.Completion(null);

    /// <summary>Whether any content or tool call went out.</summary>
    public bool HasSentDelta => _roleSent;

    public void Text(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        StartChunk();
        StartDelta();
        _json.WriteString("content"u8, text);
        EndChunk(finishReason: null);
    }

    /// <summary>A tool call's first delta: its id, name and (possibly partial) arguments.</summary>
    public void ToolCall(int index, string id, string name, string arguments)
    {
        StartChunk();
        StartDelta();
        _json.WriteStartArray("tool_calls"u8);
        _json.WriteStartObject();
        _json.WriteNumber("index"u8, index);
        _json.WriteString("id"u8, id);
        _json.WriteString("type"u8, "function"u8);
        _json.WriteStartObject("function"u8);
        _json.WriteString("name"u8, name);
        _json.WriteString("arguments"u8, arguments);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndArray();
        EndChunk(finishReason: null);
    }

    /// <summary>More arguments of the tool call at <paramref name="index"/>.</summary>
    public void ToolArguments(int index, string fragment)
    {
        if (fragment.Length == 0)
        {
            return;
        }

        StartChunk();
        StartDelta();
        _json.WriteStartArray("tool_calls"u8);
        _json.WriteStartObject();
        _json.WriteNumber("index"u8, index);
        _json.WriteStartObject("function"u8);
        _json.WriteString("arguments"u8, fragment);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndArray();
        EndChunk(finishReason: null);
    }

    public void Finish(string finishReason)
    {
        StartChunk();
        StartDelta();
        EndChunk(finishReason);
    }

    /// <summary>OpenAI's last chunk when usage is included: no choices, only <c>usage</c>.</summary>
    public void Usage(TokenUsage usage)
    {
        _output.Write(DataPrefix);
        _json.Reset(_output);
        WriteHeader();
        _json.WriteStartArray("choices"u8);
        _json.WriteEndArray();
        OpenAiCompletionWriter.WriteUsage(_json, usage);
        _json.WriteEndObject();
        EndEvent();
    }

    /// <summary>An error event in OpenAI's shape: <c>{"error":{"message":...,"code":...}}</c>.</summary>
    public void Error(string message, int? code)
    {
        _output.Write(DataPrefix);
        _json.Reset(_output);
        _json.WriteStartObject();
        _json.WriteStartObject("error"u8);
        _json.WriteString("message"u8, message);
        _json.WriteString("type"u8, "upstream_error"u8);
        if (code is { } status)
        {
            _json.WriteNumber("code"u8, status);
        }
        else
        {
            _json.WriteNull("code"u8);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
        EndEvent();
    }

    public void Done() => _output.Write(DoneEvent);

    public void Dispose() => _json.Dispose();

    private void StartChunk()
    {
        _output.Write(DataPrefix);
        _json.Reset(_output);
        WriteHeader();
        _json.WriteStartArray("choices"u8);
        _json.WriteStartObject();
        _json.WriteNumber("index"u8, 0);
    }

    private void WriteHeader()
    {
        _json.WriteStartObject();
        _json.WriteString("id"u8, Id);
        _json.WriteString("object"u8, "chat.completion.chunk"u8);
        _json.WriteNumber("created"u8, _created);
        _json.WriteString("model"u8, _model);
    }

    private void StartDelta()
    {
        _json.WriteStartObject("delta"u8);
        if (!_roleSent)
        {
            _json.WriteString("role"u8, "assistant"u8);
            _roleSent = true;
        }
    }

    private void EndChunk(string? finishReason)
    {
        _json.WriteEndObject();
        _json.WriteNull("logprobs"u8);
        if (finishReason is null)
        {
            _json.WriteNull("finish_reason"u8);
        }
        else
        {
            _json.WriteString("finish_reason"u8, finishReason);
        }

        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        EndEvent();
    }

    private void EndEvent()
    {
        _json.Flush();
        _output.Write(EventEnd);
    }
}
