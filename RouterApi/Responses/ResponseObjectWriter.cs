using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>Writes the Responses API's <c>response</c> object and its output items, as OpenAI documents them.</summary>
internal static class ResponseObjectWriter
{
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Incomplete = "incomplete";
    public const string Failed = "failed";

    public static void Write(Utf8JsonWriter writer, ResponseEcho echo, string model, string status, ResponseOutput output, OpenAiError? error, long? completedAt)
    {
        var request = echo.Request;
        writer.WriteStartObject();
        writer.WriteString("id"u8, echo.Id);
        writer.WriteString("object"u8, "response"u8);
        writer.WriteNumber("created_at"u8, echo.CreatedAt);
        writer.WriteString("status"u8, status);
        WriteNumberOrNull(writer, "completed_at"u8, completedAt);
        if (error is null)
        {
            writer.WriteNull("error"u8);
        }
        else
        {
            writer.WriteStartObject("error"u8);
            writer.WriteString("code"u8, "server_error"u8);
            writer.WriteString("message"u8, error.Message);
            writer.WriteEndObject();
        }

        if (status == Incomplete && output.IncompleteReason is { } reason)
        {
            writer.WriteStartObject("incomplete_details"u8);
            writer.WriteString("reason"u8, reason);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("incomplete_details"u8);
        }

        WriteStringOrNull(writer, "instructions"u8, request.Instructions);
        WriteNumberOrNull(writer, "max_output_tokens"u8, request.MaxOutputTokens);
        writer.WriteString("model"u8, model);
        writer.WriteStartArray("output"u8);
        foreach (var item in output.Items)
        {
            WriteItem(writer, item, Completed);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("parallel_tool_calls"u8, request.ParallelToolCalls ?? true);
        WriteStringOrNull(writer, "previous_response_id"u8, request.PreviousResponseId);
        writer.WriteStartObject("reasoning"u8);
        writer.WriteNull("effort"u8);
        writer.WriteNull("summary"u8);
        writer.WriteEndObject();
        writer.WriteBoolean("store"u8, request.Store);
        writer.WriteNumber("temperature"u8, request.Temperature ?? 1);
        WriteEchoed(writer, "text"u8, request.Text, """{"format":{"type":"text"}}"""u8);
        WriteEchoed(writer, "tool_choice"u8, request.ToolChoice, "\"auto\""u8);
        WriteTools(writer, request.Tools);
        writer.WriteNumber("top_p"u8, request.TopP ?? 1);
        writer.WriteString("truncation"u8, "disabled"u8);
        WriteUsage(writer, status == InProgress ? null : output.Usage);
        if (request.User is { } user)
        {
            writer.WriteString("user"u8, user);
        }

        WriteEchoed(writer, "metadata"u8, request.Metadata, "{}"u8);
        writer.WriteEndObject();
    }

    /// <summary>Writes an output item: a message with its text so far, or a function call with its arguments so far.</summary>
    public static void WriteItem(Utf8JsonWriter writer, ResponseOutputItem item, string status)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, item.Id);
        if (item.Kind == ResponseOutputItemKind.Message)
        {
            writer.WriteString("type"u8, "message"u8);
            writer.WriteString("status"u8, status);
            writer.WriteString("role"u8, "assistant"u8);
            writer.WriteStartArray("content"u8);
            if (status != InProgress)
            {
                WriteTextPart(writer, item.Content.ToString());
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("type"u8, "function_call"u8);
            writer.WriteString("status"u8, status);
            writer.WriteString("call_id"u8, item.CallId);
            writer.WriteString("name"u8, item.Name);
            writer.WriteString("arguments"u8, status == InProgress ? string.Empty : item.Content.ToString());
        }

        writer.WriteEndObject();
    }

    /// <summary>An <c>output_text</c> content part.</summary>
    public static void WriteTextPart(Utf8JsonWriter writer, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, "output_text"u8);
        writer.WriteString("text"u8, text);
        writer.WriteStartArray("annotations"u8);
        writer.WriteEndArray();
        writer.WriteStartArray("logprobs"u8);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteUsage(Utf8JsonWriter writer, TokenUsage? usage)
    {
        // OpenAI's schema has no null usage: a response still in progress has none.
        if (usage is not { } tokens)
        {
            return;
        }

        writer.WriteStartObject("usage"u8);
        writer.WriteNumber("input_tokens"u8, tokens.PromptTokens);
        writer.WriteStartObject("input_tokens_details"u8);
        writer.WriteNumber("cached_tokens"u8, 0);
        writer.WriteNumber("cache_write_tokens"u8, 0);
        writer.WriteEndObject();
        writer.WriteNumber("output_tokens"u8, tokens.CompletionTokens);
        writer.WriteStartObject("output_tokens_details"u8);
        writer.WriteNumber("reasoning_tokens"u8, 0);
        writer.WriteEndObject();
        writer.WriteNumber("total_tokens"u8, tokens.PromptTokens + tokens.CompletionTokens);
        writer.WriteEndObject();
    }

    // The request's tools as OpenAI repeats them: a function tool always says its parameters and strictness (null when not given).
    private static void WriteTools(Utf8JsonWriter writer, JsonElement? tools)
    {
        writer.WriteStartArray("tools"u8);
        if (tools is { } given)
        {
            foreach (var tool in given.EnumerateArray())
            {
                if (tool.ValueKind != JsonValueKind.Object || !tool.TryGetProperty("type"u8, out var type) || !type.ValueEquals("function"u8))
                {
                    tool.WriteTo(writer);
                    continue;
                }

                writer.WriteStartObject();
                foreach (var field in tool.EnumerateObject())
                {
                    field.WriteTo(writer);
                }

                WriteNullUnlessPresent(writer, tool, "parameters"u8);
                WriteNullUnlessPresent(writer, tool, "strict"u8);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteNullUnlessPresent(Utf8JsonWriter writer, JsonElement tool, ReadOnlySpan<byte> name)
    {
        if (!tool.TryGetProperty(name, out _))
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteEchoed(Utf8JsonWriter writer, ReadOnlySpan<byte> name, JsonElement? value, ReadOnlySpan<byte> fallback)
    {
        writer.WritePropertyName(name);
        if (value is { } given)
        {
            given.WriteTo(writer);
        }
        else
        {
            writer.WriteRawValue(fallback, skipInputValidation: true);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
