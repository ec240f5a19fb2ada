using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>
/// Translates v2 chat streaming (https://docs.cohere.com/docs/streaming): <c>content-delta</c> text, <c>tool-call-start</c>
/// and <c>tool-call-delta</c> for tool calls, and <c>message-end</c> with the finish reason and usage (or an error).
/// </summary>
internal sealed class CohereStreamTranslator(OpenAiChunkWriter writer, UpstreamFailureClassifier classifier) : StreamTranslator(writer)
{
    private readonly Dictionary<int, int> _toolCallByIndex = [];

    public override StreamFraming Framing => StreamFraming.ServerSentEvents;

    public override void OnEvent(ReadOnlySpan<byte> eventName, ReadOnlySpan<byte> data)
    {
        var item = JsonSerializer.Deserialize(data, CohereJsonContext.Default.CohereStreamEvent)!;
        if (item.Type == "message-start")
        {
            Writer.Id = ResponseIds.Completion(item.Id);
            return;
        }

        var delta = item.Delta?.Deserialize(CohereJsonContext.Default.CohereStreamDelta);
        var message = delta?.Message;
        switch (item.Type)
        {
            case "content-delta" when message?.Content?.Text is { } text:
                Writer.Text(text);
                break;
            case "tool-call-start" when message?.ToolCalls is { } call:
                var index = _toolCallByIndex.Count;
                _toolCallByIndex[item.Index] = index;
                Writer.ToolCall(index, ResponseIds.ToolCall(call.Id), call.Function?.Name ?? "", call.Function?.Arguments ?? "");
                break;
            case "tool-call-delta" when message?.ToolCalls?.Function?.Arguments is { } arguments && _toolCallByIndex.TryGetValue(item.Index, out var known):
                Writer.ToolArguments(known, arguments);
                break;
            case "message-end":
                End(delta);
                break;
        }
    }

    public override void OnEnd() => FailEndedEarly();

    private void End(CohereStreamDelta? delta)
    {
        if (CohereFinishReason.IsFailure(delta?.FinishReason))
        {
            Fail(classifier.Classify(200, null, CohereErrorReader.From(500, delta?.Error ?? $"The generation ended with {delta?.FinishReason}.")));
            return;
        }

        var finish = _toolCallByIndex.Count > 0 ? FinishReasons.ToolCalls : CohereFinishReason.ToOpenAi(delta?.FinishReason);
        Complete(finish, CohereFinishReason.UsageOf(delta?.Usage));
    }
}
