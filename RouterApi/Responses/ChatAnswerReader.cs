using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>Reads the parts of a chat answer a response is made of: the first choice's text and tool calls, its finish reason, and usage.</summary>
internal static class ChatAnswerReader
{
    /// <summary>Reads a whole <c>chat.completion</c>.</summary>
    public static ResponseOutput ReadCompletion(ReadOnlySpan<byte> completion)
    {
        var output = new ResponseOutput();
        var reader = new Utf8JsonReader(completion);
        if (!JsonDocument.TryParseValue(ref reader, out var document))
        {
            return output;
        }

        using (document)
        {
            var root = document.RootElement;
            output.Usage = ReadUsage(root);
            if (FirstChoice(root) is not { } choice)
            {
                return output;
            }

            output.FinishReason = ReadFinishReason(choice);
            if (!choice.TryGetProperty("message"u8, out var message) || message.ValueKind != JsonValueKind.Object)
            {
                return output;
            }

            if (message.TryGetProperty("content"u8, out var content) && content.ValueKind == JsonValueKind.String && content.GetString() is { Length: > 0 } text)
            {
                output.AddMessage().Content.Append(text);
            }

            if (message.TryGetProperty("tool_calls"u8, out var calls) && calls.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var call in calls.EnumerateArray())
                {
                    var function = call.TryGetProperty("function"u8, out var f) ? f : default;
                    output.AddFunctionCall(String(call, "id"u8), String(function, "name"u8), index++).Content.Append(String(function, "arguments"u8));
                }
            }
        }

        return output;
    }

    /// <summary>The first choice of a completion or chunk, if it has one.</summary>
    public static JsonElement? FirstChoice(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("choices"u8, out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0
            ? choices[0]
            : null;

    public static string? ReadFinishReason(JsonElement choice) => String(choice, "finish_reason"u8);

    public static TokenUsage? ReadUsage(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("usage"u8, out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new TokenUsage(Integer(usage, "prompt_tokens"u8), Integer(usage, "completion_tokens"u8));
    }

    public static string? String(JsonElement element, ReadOnlySpan<byte> name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Integer(JsonElement element, ReadOnlySpan<byte> name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : 0;
}
