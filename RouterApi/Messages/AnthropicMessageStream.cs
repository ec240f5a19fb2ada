using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterApi.Chat;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Messages;

/// <summary>
/// One answer's stream as Anthropic's events (https://docs.claude.com/en/docs/build-with-claude/streaming): <c>message_start</c>
/// with the first chunk, a <c>content_block_start</c> / <c>_delta</c> / <c>_stop</c> run per text or tool call
/// (<c>text_delta</c>, <c>input_json_delta</c>), then <c>message_delta</c> (stop reason, usage) and <c>message_stop</c>; a
/// keep-alive is a <c>ping</c>, a failure after the first chunk an <c>error</c> event.
/// </summary>
internal sealed class AnthropicMessageStream(string modelId) : IAnswerStream
{
    private bool _started;
    private int _blocks;
    private OpenBlock _open;
    private int _openToolCall = -1;
    private bool _calledTools;
    private string? _finishReason;
    private string? _nativeReason;
    private PoolUsage? _usage;

    private enum OpenBlock
    {
        None,
        Text,
        ToolUse,
    }

    public static string NewToolUseId() => "toolu_" + Guid.NewGuid().ToString("N");

    public void WriteChunk(ReadOnlySpan<byte> chunk, IBufferWriter<byte> output)
    {
        var answer = PoolAnswerReader.Read(chunk);
        Start(answer.Id, output);
        _usage = answer.Usage ?? _usage;
        if (PoolAnswerReader.FirstChoice(answer) is not { } choice)
        {
            return;
        }

        if (choice.Delta?.Content is { Length: > 0 } text)
        {
            OpenText(output);
            var json = Begin(output, "content_block_delta"u8);
            json.WriteNumber("index"u8, _blocks - 1);
            json.WriteStartObject("delta"u8);
            json.WriteString("type"u8, "text_delta"u8);
            json.WriteString("text"u8, text);
            json.WriteEndObject();
            End(json, output);
        }

        foreach (var call in choice.Delta?.ToolCalls ?? [])
        {
            WriteToolCall(call, output);
        }

        _finishReason = choice.FinishReason ?? _finishReason;
        _nativeReason = choice.NativeFinishReason ?? _nativeReason;
    }

    public void WriteKeepAlive(IBufferWriter<byte> output)
    {
        var json = Begin(output, "ping"u8);
        End(json, output);
    }

    public void WriteEnd(IBufferWriter<byte> output)
    {
        Start(null, output);
        CloseBlock(output);
        var json = Begin(output, "message_delta"u8);
        json.WriteStartObject("delta"u8);
        json.WriteString("stop_reason"u8, AnthropicStopReasons.For(_finishReason, _nativeReason, _calledTools));
        json.WriteNull("stop_sequence"u8);
        json.WriteEndObject();
        AnthropicMessageWriter.WriteUsage(json, _usage);
        End(json, output);
        End(Begin(output, "message_stop"u8), output);
    }

    public void WriteFailure(OpenAiError error, IBufferWriter<byte> output)
    {
        output.Write("event: error\ndata: "u8);
        AnthropicErrorBody.Write(output, AnthropicErrorBody.TypeFor(StatusCodes.Status500InternalServerError), error.Message);
        output.Write("\n\n"u8);
    }

    private void Start(string? poolId, IBufferWriter<byte> output)
    {
        if (_started)
        {
            return;
        }

        _started = true;
        var json = Begin(output, "message_start"u8);
        json.WriteStartObject("message"u8);
        AnthropicMessageWriter.WriteHead(json, poolId, modelId);
        json.WriteStartArray("content"u8);
        json.WriteEndArray();
        json.WriteNull("stop_reason"u8);
        json.WriteNull("stop_sequence"u8);
        AnthropicMessageWriter.WriteUsage(json, usage: null);
        json.WriteEndObject();
        End(json, output);
    }

    private void WriteToolCall(PoolToolCall call, IBufferWriter<byte> output)
    {
        var index = call.Index ?? 0;
        var starts = call.Id is not null || call.Function?.Name is not null;
        if (starts && (_open != OpenBlock.ToolUse || _openToolCall != index || call.Id is not null))
        {
            CloseBlock(output);
            var start = Begin(output, "content_block_start"u8);
            start.WriteNumber("index"u8, _blocks);
            start.WriteStartObject("content_block"u8);
            start.WriteString("type"u8, "tool_use"u8);
            start.WriteString("id"u8, call.Id ?? NewToolUseId());
            start.WriteString("name"u8, call.Function?.Name ?? "");
            start.WriteStartObject("input"u8);
            start.WriteEndObject();
            start.WriteEndObject();
            End(start, output);
            _blocks++;
            _open = OpenBlock.ToolUse;
            _openToolCall = index;
            _calledTools = true;
        }

        if (_open != OpenBlock.ToolUse || call.Function?.Arguments is not { Length: > 0 } arguments)
        {
            return;
        }

        var json = Begin(output, "content_block_delta"u8);
        json.WriteNumber("index"u8, _blocks - 1);
        json.WriteStartObject("delta"u8);
        json.WriteString("type"u8, "input_json_delta"u8);
        json.WriteString("partial_json"u8, arguments);
        json.WriteEndObject();
        End(json, output);
    }

    private void OpenText(IBufferWriter<byte> output)
    {
        if (_open == OpenBlock.Text)
        {
            return;
        }

        CloseBlock(output);
        var json = Begin(output, "content_block_start"u8);
        json.WriteNumber("index"u8, _blocks);
        json.WriteStartObject("content_block"u8);
        json.WriteString("type"u8, "text"u8);
        json.WriteString("text"u8, ""u8);
        json.WriteEndObject();
        End(json, output);
        _blocks++;
        _open = OpenBlock.Text;
    }

    private void CloseBlock(IBufferWriter<byte> output)
    {
        if (_open == OpenBlock.None)
        {
            return;
        }

        var json = Begin(output, "content_block_stop"u8);
        json.WriteNumber("index"u8, _blocks - 1);
        End(json, output);
        _open = OpenBlock.None;
    }

    // "event: NAME\ndata: {"type":"NAME", ...}\n\n": every Anthropic event's data names its own type.
    private static Utf8JsonWriter Begin(IBufferWriter<byte> output, ReadOnlySpan<byte> name)
    {
        output.Write("event: "u8);
        output.Write(name);
        output.Write("\ndata: "u8);
        var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type"u8, name);
        return json;
    }

    private static void End(Utf8JsonWriter json, IBufferWriter<byte> output)
    {
        json.WriteEndObject();
        json.Dispose();
        output.Write("\n\n"u8);
    }
}
