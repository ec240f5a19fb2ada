using System.Diagnostics;
using System.Text.Json;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>
/// Tags an attempt span with what a chat completion says of itself: <c>gen_ai.response.id</c>, <c>.model</c>, <c>.finish_reasons</c>,
/// and, when the operator opted in, the answer (<c>gen_ai.output.messages</c>). Read only when the span is recorded.
/// </summary>
internal static class ChatResponseTags
{
    public static void Add(Activity span, ReadOnlyMemory<byte> completion, GenAiContentOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(completion);
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            var transcript = new ChatTranscript(options);
            transcript.Read(document.RootElement, "message");
            transcript.Tag(span);
        }
    }
}
