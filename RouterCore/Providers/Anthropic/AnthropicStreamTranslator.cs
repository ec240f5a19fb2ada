using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>
/// Translates the Messages API's streaming events (https://docs.anthropic.com/en/docs/build-with-claude/streaming):
/// text deltas become content, each <c>tool_use</c> block a tool call whose <c>input_json_delta</c>s are its arguments,
/// <c>message_delta</c> gives the stop reason and output tokens, <c>message_stop</c> ends the answer.
/// </summary>
internal sealed class AnthropicStreamTranslator(OpenAiChunkWriter writer, UpstreamFailureClassifier classifier) : StreamTranslator(writer)
{
    private readonly Dictionary<int, int> _toolCallByBlock = [];
    private int _promptTokens;
    private int _outputTokens;
    private string? _stopReason;

    public override StreamFraming Framing => StreamFraming.ServerSentEvents;

    public override void OnEvent(ReadOnlySpan<byte> eventName, ReadOnlySpan<byte> data)
    {
        var item = JsonSerializer.Deserialize(data, AnthropicJsonContext.Default.AnthropicStreamEvent)!;
        switch (item.Type)
        {
            case "message_start" when item.Message is { } message:
                Writer.Id = ResponseIds.Completion(message.Id);
                _promptTokens = message.Usage?.PromptTokens ?? 0;
                _outputTokens = message.Usage?.OutputTokens ?? 0;
                break;
            case "content_block_start" when item.ContentBlock is { } block:
                Start(item.Index, block);
                break;
            case "content_block_delta" when item.Delta is { } delta:
                Continue(item.Index, delta);
                break;
            case "message_delta":
                _stopReason = item.Delta?.StopReason ?? _stopReason;
                _outputTokens = item.Usage?.OutputTokens ?? _outputTokens;
                break;
            case "message_stop":
                Complete(AnthropicStopReason.ToOpenAi(_stopReason), new TokenUsage(_promptTokens, _outputTokens));
                break;
            case "error" when item.Error is { } error:
                Fail(classifier.Classify(200, null, AnthropicErrorReader.From(error, 200)));
                break;
        }
    }

    public override void OnEnd() => FailEndedEarly();

    private void Start(int index, AnthropicContentBlock block)
    {
        if (block.Type == "tool_use")
        {
            var call = _toolCallByBlock.Count;
            _toolCallByBlock[index] = call;
            Writer.ToolCall(call, ResponseIds.ToolCall(block.Id), block.Name ?? "", "");
        }
        else if (block.Type == "text" && block.Text is { } text)
        {
            Writer.Text(text);
        }
    }

    private void Continue(int index, AnthropicDelta delta)
    {
        if (delta.Type == "text_delta" && delta.Text is { } text)
        {
            Writer.Text(text);
        }
        else if (delta.Type == "input_json_delta" && delta.PartialJson is { } json && _toolCallByBlock.TryGetValue(index, out var call))
        {
            Writer.ToolArguments(call, json);
        }
    }
}
