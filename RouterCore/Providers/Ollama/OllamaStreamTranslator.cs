using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Ollama;

/// <summary>Translates <c>/api/chat</c>'s NDJSON stream: each line's message piece, until the line with <c>done: true</c>.</summary>
internal sealed class OllamaStreamTranslator(OpenAiChunkWriter writer, UpstreamFailureClassifier classifier) : StreamTranslator(writer)
{
    private int _calls;

    public override StreamFraming Framing => StreamFraming.JsonLines;

    public override void OnEvent(ReadOnlySpan<byte> eventName, ReadOnlySpan<byte> data)
    {
        var line = JsonSerializer.Deserialize(data, OllamaJsonContext.Default.OllamaChatResponse)!;
        if (line.Error is { } error)
        {
            Fail(classifier.Classify(200, null, new ProviderError(500, error)));
            return;
        }

        if (line.Message is { } message)
        {
            if (message.Content is { } text)
            {
                Writer.Text(text);
            }

            foreach (var call in OllamaResponseReader.ToolCallsOf(message))
            {
                Writer.ToolCall(_calls++, call.Id, call.Name, call.Arguments);
            }
        }

        if (line.Done)
        {
            Complete(OllamaResponseReader.FinishOf(line, _calls > 0), OllamaResponseReader.UsageOf(line));
        }
    }

    public override void OnEnd() => FailEndedEarly();
}
