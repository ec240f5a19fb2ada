using System.Buffers;
using System.Text;
using System.Text.Json;
using AspireRouter.RouterApi.Chat;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>
/// Writes the Responses event stream from the pool's chat chunks: <c>response.created</c> and <c>response.in_progress</c>
/// first; per text item <c>output_item.added</c>, <c>content_part.added</c>, <c>output_text.delta</c>s, <c>output_text.done</c>,
/// <c>content_part.done</c>, <c>output_item.done</c>; per function call <c>output_item.added</c>,
/// <c>function_call_arguments.delta</c>s and <c>.done</c>, <c>output_item.done</c>; then <c>response.completed</c> (or
/// <c>response.incomplete</c>) with usage. A failure after the first chunk ends it with <c>error</c> and <c>response.failed</c>.
/// </summary>
internal sealed class ResponsesAnswerStream(ResponsesAnswerFormat format, ResponseEcho echo, string model) : IAnswerStream
{
    private readonly ResponseOutput _output = new();
    private readonly Utf8JsonWriter _json = format.EventWriter;
    private ResponseOutputItem? _open;
    private int _sequence;

    public void WriteChunk(ReadOnlySpan<byte> chunk, IBufferWriter<byte> output)
    {
        if (_sequence == 0)
        {
            WriteResponseEvent(output, "response.created", ResponseObjectWriter.InProgress, error: null);
            WriteResponseEvent(output, "response.in_progress", ResponseObjectWriter.InProgress, error: null);
        }

        var reader = new Utf8JsonReader(chunk);
        if (!JsonDocument.TryParseValue(ref reader, out var document))
        {
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            _output.Usage = ChatAnswerReader.ReadUsage(root) ?? _output.Usage;
            if (ChatAnswerReader.FirstChoice(root) is not { } choice)
            {
                return;
            }

            if (choice.TryGetProperty("delta"u8, out var delta) && delta.ValueKind == JsonValueKind.Object)
            {
                if (ChatAnswerReader.String(delta, "content"u8) is { Length: > 0 } text)
                {
                    WriteText(output, text);
                }

                if (delta.TryGetProperty("tool_calls"u8, out var calls) && calls.ValueKind == JsonValueKind.Array)
                {
                    foreach (var call in calls.EnumerateArray())
                    {
                        WriteToolCallDelta(output, call);
                    }
                }
            }

            _output.FinishReason = ChatAnswerReader.ReadFinishReason(choice) ?? _output.FinishReason;
        }
    }

    public void WriteKeepAlive(IBufferWriter<byte> output) => output.Write(": keep-alive\n\n"u8);

    public void WriteEnd(IBufferWriter<byte> output)
    {
        Close(output);
        var status = ResponsesAnswerFormat.StatusOf(_output);
        var response = new PooledByteBufferWriter();
        using (var writer = new Utf8JsonWriter(response))
        {
            ResponseObjectWriter.Write(writer, echo, model, status, _output, error: null, format.Now);
        }

        Begin(output, status == ResponseObjectWriter.Completed ? "response.completed" : "response.incomplete");
        _json.WritePropertyName("response"u8);
        _json.WriteRawValue(response.WrittenSpan, skipInputValidation: true);
        End(output);
        format.Answered(response, _output);
    }

    public void WriteFailure(OpenAiError error, IBufferWriter<byte> output)
    {
        Begin(output, "error");
        _json.WriteString("code"u8, error.Code);
        _json.WriteString("message"u8, error.Message);
        _json.WriteNull("param"u8);
        End(output);
        WriteResponseEvent(output, "response.failed", ResponseObjectWriter.Failed, error);
    }

    private void WriteText(IBufferWriter<byte> output, string text)
    {
        if (_open is not { Kind: ResponseOutputItemKind.Message })
        {
            Close(output);
            _open = _output.AddMessage();
            WriteItemEvent(output, "response.output_item.added", _open, ResponseObjectWriter.InProgress);
            Begin(output, "response.content_part.added");
            WriteItemPosition(_open, contentIndex: true);
            _json.WritePropertyName("part"u8);
            ResponseObjectWriter.WriteTextPart(_json, string.Empty);
            End(output);
        }

        _open.Content.Append(text);
        Begin(output, "response.output_text.delta");
        WriteItemPosition(_open, contentIndex: true);
        _json.WriteString("delta"u8, text);
        _json.WriteStartArray("logprobs"u8);
        _json.WriteEndArray();
        End(output);
    }

    private void WriteToolCallDelta(IBufferWriter<byte> output, JsonElement call)
    {
        var index = call.TryGetProperty("index"u8, out var indexValue) && indexValue.TryGetInt32(out var i) ? i : 0;
        var function = call.TryGetProperty("function"u8, out var f) ? f : default;
        var item = FindCall(index);
        if (item is null)
        {
            Close(output);
            item = _output.AddFunctionCall(ChatAnswerReader.String(call, "id"u8), ChatAnswerReader.String(function, "name"u8), index);
            _open = item;
            WriteItemEvent(output, "response.output_item.added", item, ResponseObjectWriter.InProgress);
        }
        else if (item.Name.Length == 0 && ChatAnswerReader.String(function, "name"u8) is { } lateName)
        {
            item.Name = lateName;
        }

        if (ChatAnswerReader.String(function, "arguments"u8) is { Length: > 0 } arguments)
        {
            item.Content.Append(arguments);
            Begin(output, "response.function_call_arguments.delta");
            WriteItemPosition(item, contentIndex: false);
            _json.WriteString("delta"u8, arguments);
            End(output);
        }
    }

    private ResponseOutputItem? FindCall(int toolIndex)
    {
        foreach (var item in _output.Items)
        {
            if (item.Kind == ResponseOutputItemKind.FunctionCall && item.ToolIndex == toolIndex)
            {
                return item;
            }
        }

        return null;
    }

    // Ends the item being written with its closing events.
    private void Close(IBufferWriter<byte> output)
    {
        if (_open is not { } item)
        {
            return;
        }

        _open = null;
        var content = item.Content.ToString();
        if (item.Kind == ResponseOutputItemKind.Message)
        {
            Begin(output, "response.output_text.done");
            WriteItemPosition(item, contentIndex: true);
            _json.WriteString("text"u8, content);
            _json.WriteStartArray("logprobs"u8);
            _json.WriteEndArray();
            End(output);
            Begin(output, "response.content_part.done");
            WriteItemPosition(item, contentIndex: true);
            _json.WritePropertyName("part"u8);
            ResponseObjectWriter.WriteTextPart(_json, content);
            End(output);
        }
        else
        {
            Begin(output, "response.function_call_arguments.done");
            WriteItemPosition(item, contentIndex: false);
            _json.WriteString("name"u8, item.Name);
            _json.WriteString("arguments"u8, content);
            End(output);
        }

        WriteItemEvent(output, "response.output_item.done", item, ResponseObjectWriter.Completed);
    }

    private void WriteItemEvent(IBufferWriter<byte> output, string type, ResponseOutputItem item, string status)
    {
        Begin(output, type);
        _json.WriteNumber("output_index"u8, _output.Items.IndexOf(item));
        _json.WritePropertyName("item"u8);
        ResponseObjectWriter.WriteItem(_json, item, status);
        End(output);
    }

    private void WriteItemPosition(ResponseOutputItem item, bool contentIndex)
    {
        _json.WriteString("item_id"u8, item.Id);
        _json.WriteNumber("output_index"u8, _output.Items.IndexOf(item));
        if (contentIndex)
        {
            _json.WriteNumber("content_index"u8, 0);
        }
    }

    private void WriteResponseEvent(IBufferWriter<byte> output, string type, string status, OpenAiError? error)
    {
        Begin(output, type);
        _json.WritePropertyName("response"u8);
        ResponseObjectWriter.Write(_json, echo, model, status, _output, error, completedAt: null);
        End(output);
    }

    // An SSE event: "event: {type}", then its JSON (type and sequence number first) on one data line.
    private void Begin(IBufferWriter<byte> output, string type)
    {
        output.Write("event: "u8);
        Encoding.UTF8.GetBytes(type, output);
        output.Write("\ndata: "u8);
        _json.Reset(output);
        _json.WriteStartObject();
        _json.WriteString("type"u8, type);
        _json.WriteNumber("sequence_number"u8, _sequence++);
    }

    private void End(IBufferWriter<byte> output)
    {
        _json.WriteEndObject();
        _json.Flush();
        output.Write("\n\n"u8);
    }
}
