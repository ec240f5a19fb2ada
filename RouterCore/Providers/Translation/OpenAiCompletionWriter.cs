using System.Buffers;
using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>Writes a <see cref="TranslatedCompletion"/> as OpenAI's <c>chat.completion</c> object.</summary>
internal static class OpenAiCompletionWriter
{
    public static void Write(IBufferWriter<byte> output, TranslatedCompletion completion)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("id"u8, completion.Id);
        json.WriteString("object"u8, "chat.completion"u8);
        json.WriteNumber("created"u8, completion.Created);
        json.WriteString("model"u8, completion.Model);
        json.WriteStartArray("choices"u8);
        json.WriteStartObject();
        json.WriteNumber("index"u8, 0);
        json.WriteStartObject("message"u8);
        json.WriteString("role"u8, "assistant"u8);
        if (completion.Content is null)
        {
            json.WriteNull("content"u8);
        }
        else
        {
            json.WriteString("content"u8, completion.Content);
        }

        if (completion.ToolCalls.Count > 0)
        {
            json.WriteStartArray("tool_calls"u8);
            foreach (var call in completion.ToolCalls)
            {
                WriteToolCall(json, call);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteNull("logprobs"u8);
        json.WriteString("finish_reason"u8, completion.FinishReason);
        json.WriteEndObject();
        json.WriteEndArray();
        if (completion.Usage is { } usage)
        {
            WriteUsage(json, usage);
        }

        json.WriteEndObject();
    }

    public static void WriteToolCall(Utf8JsonWriter json, TranslatedToolCall call)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, call.Id);
        json.WriteString("type"u8, "function"u8);
        json.WriteStartObject("function"u8);
        json.WriteString("name"u8, call.Name);
        json.WriteString("arguments"u8, call.Arguments);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteUsage(Utf8JsonWriter json, TokenUsage usage)
    {
        json.WriteStartObject("usage"u8);
        json.WriteNumber("prompt_tokens"u8, usage.PromptTokens);
        json.WriteNumber("completion_tokens"u8, usage.CompletionTokens);
        json.WriteNumber("total_tokens"u8, usage.PromptTokens + usage.CompletionTokens);
        json.WriteEndObject();
    }
}
