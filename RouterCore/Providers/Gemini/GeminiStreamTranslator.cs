using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>
/// Translates <c>streamGenerateContent?alt=sse</c>: every event is a partial <c>GenerateContentResponse</c>; the last one
/// carries <c>finishReason</c> and <c>usageMetadata</c>, and the stream simply ends after it.
/// </summary>
internal sealed class GeminiStreamTranslator(OpenAiChunkWriter writer, UpstreamFailureClassifier classifier) : StreamTranslator(writer)
{
    private int _calls;
    private string? _finishReason;
    private TokenUsage? _usage;
    private bool _blocked;

    public override StreamFraming Framing => StreamFraming.ServerSentEvents;

    public override void OnEvent(ReadOnlySpan<byte> eventName, ReadOnlySpan<byte> data)
    {
        var response = JsonSerializer.Deserialize(data, GeminiJsonContext.Default.GeminiResponse)!;
        if (response.Error is { } error)
        {
            Fail(classifier.Classify(200, null, GeminiErrorReader.From(error, error.Code ?? 500)));
            return;
        }

        if (response.ResponseId is { } id && !Writer.HasSentDelta)
        {
            Writer.Id = ResponseIds.Completion(id);
        }

        _usage = GeminiResponseReader.UsageOf(response.UsageMetadata) ?? _usage;
        _blocked |= response.PromptFeedback?.BlockReason is not null;
        var candidate = response.Candidates is { Count: > 0 } candidates ? candidates[0] : null;
        foreach (var part in candidate?.Content?.Parts ?? [])
        {
            if (part.FunctionCall is { } call)
            {
                Writer.ToolCall(_calls++, ResponseIds.ToolCall(call.Id), call.Name, JsonArguments.ToText(call.Args));
            }
            else if (part.Thought != true && part.Text is { } text)
            {
                Writer.Text(text);
            }
        }

        _finishReason = candidate?.FinishReason ?? _finishReason;
    }

    public override void OnEnd()
    {
        if (_finishReason is null && !_blocked)
        {
            FailEndedEarly();
            return;
        }

        Complete(_blocked && _finishReason is null ? FinishReasons.ContentFilter : GeminiFinishReason.ToOpenAi(_finishReason, _calls > 0), _usage);
    }
}
