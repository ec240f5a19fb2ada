using System.Buffers;
using System.Text;
using System.Text.Json;
using AspireRouter.RouterApi.Messages;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Tests.Messages;

/// <summary>
/// Golden event streams: OpenAI chat chunks in, Anthropic's events out, as the streaming documentation orders them
/// (https://docs.claude.com/en/docs/build-with-claude/streaming): one block per text run or tool call, indexed in order.
/// </summary>
public sealed class AnthropicMessageStreamTests
{
    [Fact]
    public void TextThenTwoToolCalls_OpenAndCloseOneBlockEach_AndEndWithToolUseAndTheUsageChunksCounts()
    {
        var stream = AnthropicMessageFormat.Instance.OpenStream("test/model:free");
        var output = new ArrayBufferWriter<byte>();

        stream.WriteChunk("""{"id":"gen-1","choices":[{"index":0,"delta":{"role":"assistant","content":"Let me "}}]}"""u8, output);
        stream.WriteChunk("""{"id":"gen-1","choices":[{"index":0,"delta":{"content":"check."}}]}"""u8, output);
        stream.WriteKeepAlive(output);
        stream.WriteChunk("""{"id":"gen-1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"get_weather","arguments":""}}]}}]}"""u8, output);
        stream.WriteChunk("""{"id":"gen-1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":"}}]}}]}"""u8, output);
        stream.WriteChunk("""{"id":"gen-1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"Paris\"}"}}]}}]}"""u8, output);
        stream.WriteChunk("""{"id":"gen-1","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"get_time","arguments":"{}"}}]}}]}"""u8, output);
        stream.WriteChunk("""{"id":"gen-1","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}"""u8, output);
        stream.WriteChunk("""{"id":"gen-1","choices":[],"usage":{"prompt_tokens":120,"completion_tokens":30,"prompt_tokens_details":{"cached_tokens":100}}}"""u8, output);
        stream.WriteEnd(output);

        Assert.Equal(
            """
            message_start {"type":"message_start","message":{"id":"msg_gen-1","type":"message","role":"assistant","model":"test/model:free","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":0,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":0}}}
            content_block_start {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}
            content_block_delta {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Let me "}}
            content_block_delta {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"check."}}
            ping {"type":"ping"}
            content_block_stop {"type":"content_block_stop","index":0}
            content_block_start {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"call_a","name":"get_weather","input":{}}}
            content_block_delta {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\u0022city\u0022:"}}
            content_block_delta {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"\u0022Paris\u0022}"}}
            content_block_stop {"type":"content_block_stop","index":1}
            content_block_start {"type":"content_block_start","index":2,"content_block":{"type":"tool_use","id":"call_b","name":"get_time","input":{}}}
            content_block_delta {"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"{}"}}
            content_block_stop {"type":"content_block_stop","index":2}
            message_delta {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"input_tokens":20,"cache_creation_input_tokens":0,"cache_read_input_tokens":100,"output_tokens":30}}
            message_stop {"type":"message_stop"}
            """,
            Events(output));
    }

    [Fact]
    public void FailureAfterTheFirstChunk_EndsWithAnErrorEvent_AndNoMessageStop()
    {
        var stream = AnthropicMessageFormat.Instance.OpenStream("test/model:free");
        var output = new ArrayBufferWriter<byte>();

        stream.WriteChunk("""{"id":"gen-2","choices":[{"index":0,"delta":{"content":"Hel"}}]}"""u8, output);
        stream.WriteFailure(new OpenAiError("The model's stream failed after it began: reset.", "upstream_error", null, "upstream_stream_error"), output);

        Assert.EndsWith(
            """
            content_block_delta {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hel"}}
            error {"type":"error","error":{"type":"api_error","message":"The model\u0027s stream failed after it began: reset."}}
            """,
            Events(output),
            StringComparison.Ordinal);
    }

    [Fact]
    public void WholeCompletion_IsAMessage_WithTextAndToolUseBlocks_StopSequenceAndCachedTokensApart()
    {
        var output = new ArrayBufferWriter<byte>();

        AnthropicMessageFormat.Instance.WriteCompletion(
            """
            {"id":"gen-3","object":"chat.completion","model":"upstream/x","choices":[{"index":0,"finish_reason":"stop","native_finish_reason":"stop_sequence",
             "message":{"role":"assistant","content":"Done","tool_calls":null}}],"usage":{"prompt_tokens":50,"completion_tokens":2,"prompt_tokens_details":{"cached_tokens":10}}}
            """u8,
            "test/model:free",
            output);

        Assert.Equal(
            """{"id":"msg_gen-3","type":"message","role":"assistant","model":"test/model:free","content":[{"type":"text","text":"Done"}],"stop_reason":"stop_sequence","stop_sequence":null,"usage":{"input_tokens":40,"cache_creation_input_tokens":0,"cache_read_input_tokens":10,"output_tokens":2}}""",
            Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void WholeCompletion_WithToolCalls_HasToolUseBlocksWithParsedInput_AndToolUse()
    {
        var output = new ArrayBufferWriter<byte>();

        AnthropicMessageFormat.Instance.WriteCompletion(
            """
            {"id":"gen-4","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":null,
             "tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Oslo\"}"}},
                           {"id":"call_2","type":"function","function":{"name":"get_time","arguments":"not json"}}]}}]}
            """u8,
            "test/model:free",
            output);

        using var message = JsonDocument.Parse(output.WrittenMemory);
        var blocks = message.RootElement.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(["tool_use", "tool_use"], blocks.Select(block => block.GetProperty("type").GetString()));
        Assert.Equal("Oslo", blocks[0].GetProperty("input").GetProperty("city").GetString());
        Assert.Equal("{}", blocks[1].GetProperty("input").GetRawText());
        Assert.Equal("tool_use", message.RootElement.GetProperty("stop_reason").GetString());
    }

    // Each event as "name data" on one line, checking each is "event: name\ndata: json\n\n".
    private static string Events(ArrayBufferWriter<byte> output)
    {
        var lines = new List<string>();
        foreach (var sseEvent in Encoding.UTF8.GetString(output.WrittenSpan).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = sseEvent.Split('\n');
            Assert.Equal(2, parts.Length);
            Assert.StartsWith("event: ", parts[0], StringComparison.Ordinal);
            Assert.StartsWith("data: ", parts[1], StringComparison.Ordinal);
            lines.Add($"{parts[0]["event: ".Length..]} {parts[1]["data: ".Length..]}");
        }

        return string.Join("\n", lines);
    }
}
