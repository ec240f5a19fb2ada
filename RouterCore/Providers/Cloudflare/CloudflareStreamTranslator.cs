using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary>
/// Translates Workers AI's stream: <c>data: {"response":"..."}</c> events, tool calls and usage in the last ones, then
/// <c>data: [DONE]</c>. It has no finish reason: the answer stops, or calls tools.
/// </summary>
internal sealed class CloudflareStreamTranslator(OpenAiChunkWriter writer, UpstreamFailureClassifier classifier) : StreamTranslator(writer)
{
    private int _calls;
    private TokenUsage? _usage;

    public override StreamFraming Framing => StreamFraming.ServerSentEvents;

    public override void OnEvent(ReadOnlySpan<byte> eventName, ReadOnlySpan<byte> data)
    {
        var result = JsonSerializer.Deserialize(data, CloudflareJsonContext.Default.CloudflareResult)!;
        if (result.Errors is [var error, ..])
        {
            Fail(classifier.Classify(200, null, CloudflareErrorReader.From(error, 200)));
            return;
        }

        if (result.Text is { } text)
        {
            Writer.Text(text);
        }

        foreach (var call in CloudflareResponseReader.ToolCallsOf(result))
        {
            Writer.ToolCall(_calls++, call.Id, call.Name, call.Arguments);
        }

        _usage = CloudflareResponseReader.UsageOf(result.Usage) ?? _usage;
    }

    public override void OnEnd() => Complete(_calls > 0 ? FinishReasons.ToolCalls : FinishReasons.Stop, _usage);
}
