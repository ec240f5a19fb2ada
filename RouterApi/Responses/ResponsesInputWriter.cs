using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>
/// Writes a Responses <c>input</c> as chat messages: a string is one user message; items are messages (<c>input_text</c>,
/// <c>input_image</c>, <c>input_file</c> with data, and an assistant's <c>output_text</c>), <c>function_call</c>s (consecutive ones
/// become one assistant message with several tool calls) and <c>function_call_output</c>s (tool messages). Reasoning items
/// are left out: the pool's models cannot read another model's reasoning.
/// </summary>
internal static class ResponsesInputWriter
{
    public static OpenAiError? Write(Utf8JsonWriter writer, JsonElement input, ref int messages)
    {
        if (input.ValueKind == JsonValueKind.String)
        {
            writer.WriteStartObject();
            writer.WriteString("role"u8, "user"u8);
            writer.WriteString("content"u8, input.GetString());
            writer.WriteEndObject();
            messages++;
            return null;
        }

        var inToolCalls = false;
        var index = 0;
        foreach (var item in input.EnumerateArray())
        {
            var param = $"input[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                return ResponsesErrors.InvalidType(param, "an object", item);
            }

            var type = item.TryGetProperty("type"u8, out var typeValue) && typeValue.ValueKind == JsonValueKind.String ? typeValue.GetString() : "message";
            if (type == "function_call")
            {
                if (!inToolCalls)
                {
                    writer.WriteStartObject();
                    writer.WriteString("role"u8, "assistant"u8);
                    writer.WriteNull("content"u8);
                    writer.WriteStartArray("tool_calls"u8);
                    inToolCalls = true;
                    messages++;
                }

                if (WriteFunctionCall(writer, item, param) is { } callError)
                {
                    return callError;
                }

                continue;
            }

            if (inToolCalls)
            {
                writer.WriteEndArray();
                writer.WriteEndObject();
                inToolCalls = false;
            }

            var error = type switch
            {
                "message" => WriteMessage(writer, item, param, ref messages),
                "function_call_output" => WriteFunctionOutput(writer, item, param, ref messages),
                "reasoning" => null,
                _ => ResponsesErrors.InvalidValue(
                    $"{param}.type", type, "'message', 'function_call', 'function_call_output' and 'reasoning' (the pool runs no built-in tools, so their calls cannot be replayed)"),
            };
            if (error is not null)
            {
                return error;
            }
        }

        if (inToolCalls)
        {
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return null;
    }

    private static OpenAiError? WriteMessage(Utf8JsonWriter writer, JsonElement item, string param, ref int messages)
    {
        if (JsonFields.RequiredString(item, "role", param, out var role) is { } roleError)
        {
            return roleError;
        }

        if (role is not ("user" or "assistant" or "system" or "developer"))
        {
            return ResponsesErrors.InvalidValue($"{param}.role", role, "'user', 'assistant', 'system' and 'developer'");
        }

        if (!item.TryGetProperty("content"u8, out var content) || content.ValueKind is not (JsonValueKind.String or JsonValueKind.Array))
        {
            return content.ValueKind == JsonValueKind.Undefined ? ResponsesErrors.Missing($"{param}.content") : ResponsesErrors.InvalidType($"{param}.content", "a string or an array", content);
        }

        writer.WriteStartObject();
        // Free models often refuse the developer role; it means what system means to them.
        writer.WriteString("role"u8, role == "developer" ? "system" : role);
        if (content.ValueKind == JsonValueKind.String)
        {
            writer.WriteString("content"u8, content.GetString());
        }
        else if ((role == "user"
            ? ResponsesContentWriter.WriteUserParts(writer, content, $"{param}.content")
            : ResponsesContentWriter.WriteJoinedText(writer, content, $"{param}.content")) is { } error)
        {
            return error;
        }

        writer.WriteEndObject();
        messages++;
        return null;
    }

    private static OpenAiError? WriteFunctionCall(Utf8JsonWriter writer, JsonElement item, string param)
    {
        if (JsonFields.RequiredString(item, "call_id", param, out var callId) is { } callError)
        {
            return callError;
        }

        if (JsonFields.RequiredString(item, "name", param, out var name) is { } nameError)
        {
            return nameError;
        }

        if (JsonFields.RequiredString(item, "arguments", param, out var arguments) is { } argumentsError)
        {
            return argumentsError;
        }

        writer.WriteStartObject();
        writer.WriteString("id"u8, callId);
        writer.WriteString("type"u8, "function"u8);
        writer.WriteStartObject("function"u8);
        writer.WriteString("name"u8, name);
        writer.WriteString("arguments"u8, arguments);
        writer.WriteEndObject();
        writer.WriteEndObject();
        return null;
    }

    private static OpenAiError? WriteFunctionOutput(Utf8JsonWriter writer, JsonElement item, string param, ref int messages)
    {
        if (JsonFields.RequiredString(item, "call_id", param, out var callId) is { } callError)
        {
            return callError;
        }

        if (!item.TryGetProperty("output"u8, out var output) || output.ValueKind is not (JsonValueKind.String or JsonValueKind.Array))
        {
            return output.ValueKind == JsonValueKind.Undefined ? ResponsesErrors.Missing($"{param}.output") : ResponsesErrors.InvalidType($"{param}.output", "a string or an array", output);
        }

        writer.WriteStartObject();
        writer.WriteString("role"u8, "tool"u8);
        writer.WriteString("tool_call_id"u8, callId);
        if (output.ValueKind == JsonValueKind.Array && ResponsesContentWriter.WriteJoinedText(writer, output, $"{param}.output") is { } error)
        {
            return error;
        }

        if (output.ValueKind == JsonValueKind.String)
        {
            writer.WriteString("content"u8, output.GetString());
        }

        writer.WriteEndObject();
        messages++;
        return null;
    }
}
