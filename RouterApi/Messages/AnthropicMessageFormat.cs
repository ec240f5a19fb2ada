using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterApi.Chat;

namespace AspireRouter.RouterApi.Messages;

/// <summary>
/// Answers in Anthropic's Messages format: the pool's <c>chat.completion</c> becomes a <c>message</c> (text and
/// <c>tool_use</c> blocks, <c>stop_reason</c>, <c>usage</c>), a stream becomes Anthropic's events (<see cref="AnthropicMessageStream"/>).
/// </summary>
internal sealed class AnthropicMessageFormat : IAnswerFormat
{
    public static AnthropicMessageFormat Instance { get; } = new();

    public void WriteCompletion(ReadOnlySpan<byte> completion, string modelId, IBufferWriter<byte> output)
    {
        var answer = PoolAnswerReader.Read(completion);
        var choice = PoolAnswerReader.FirstChoice(answer);
        var message = choice?.Message;
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        AnthropicMessageWriter.WriteHead(writer, answer.Id, modelId);
        writer.WriteStartArray("content"u8);
        if (message?.Content is { Length: > 0 } text)
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "text"u8);
            writer.WriteString("text"u8, text);
            writer.WriteEndObject();
        }

        var calls = message?.ToolCalls ?? [];
        foreach (var call in calls)
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "tool_use"u8);
            writer.WriteString("id"u8, call.Id ?? AnthropicMessageStream.NewToolUseId());
            writer.WriteString("name"u8, call.Function?.Name ?? "");
            AnthropicMessageWriter.WriteInput(writer, call.Function?.Arguments);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("stop_reason"u8, AnthropicStopReasons.For(choice?.FinishReason, choice?.NativeFinishReason, calls.Count > 0));
        writer.WriteNull("stop_sequence"u8);
        AnthropicMessageWriter.WriteUsage(writer, answer.Usage);
        writer.WriteEndObject();
    }

    public IAnswerStream OpenStream(string modelId) => new AnthropicMessageStream(modelId);
}
