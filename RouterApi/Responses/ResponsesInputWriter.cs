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
        if (RequiredString(item, "role", param, out var role) is { } roleError)
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
        var error = content.ValueKind == JsonValueKind.String
            ? WriteText(writer, content.GetString()!)
            : role == "user" ? WriteUserParts(writer, content, $"{param}.content") : WriteJoinedText(writer, content, $"{param}.content");
        if (error is not null)
        {
            return error;
        }

        writer.WriteEndObject();
        messages++;
        return null;
    }

    private static OpenAiError? WriteText(Utf8JsonWriter writer, string text)
    {
        writer.WriteString("content"u8, text);
        return null;
    }

    // Assistant, system and developer turns go upstream as one string: every model of the pool reads that.
    private static OpenAiError? WriteJoinedText(Utf8JsonWriter writer, JsonElement parts, string param)
    {
        var text = new System.Text.StringBuilder();
        var index = 0;
        foreach (var part in parts.EnumerateArray())
        {
            var partParam = $"{param}[{index++}]";
            if (RequiredString(part, "type", partParam, out var type) is { } typeError)
            {
                return typeError;
            }

            var field = type switch
            {
                "input_text" or "output_text" => "text",
                "refusal" => "refusal",
                _ => null,
            };
            if (field is null)
            {
                return ResponsesErrors.InvalidValue($"{partParam}.type", type, "'input_text', 'output_text' and 'refusal' in this role's content");
            }

            if (RequiredString(part, field, partParam, out var value) is { } valueError)
            {
                return valueError;
            }

            text.Append(value);
        }

        writer.WriteString("content"u8, text.ToString());
        return null;
    }

    private static OpenAiError? WriteUserParts(Utf8JsonWriter writer, JsonElement parts, string param)
    {
        writer.WriteStartArray("content"u8);
        var index = 0;
        foreach (var part in parts.EnumerateArray())
        {
            var partParam = $"{param}[{index++}]";
            if (RequiredString(part, "type", partParam, out var type) is { } typeError)
            {
                return typeError;
            }

            var error = type switch
            {
                "input_text" or "output_text" => WriteTextPart(writer, part, partParam),
                "input_image" => WriteImagePart(writer, part, partParam),
                "input_file" => WriteFilePart(writer, part, partParam),
                _ => ResponsesErrors.InvalidValue($"{partParam}.type", type, "'input_text', 'input_image' and 'input_file'"),
            };
            if (error is not null)
            {
                return error;
            }
        }

        writer.WriteEndArray();
        return null;
    }

    private static OpenAiError? WriteTextPart(Utf8JsonWriter writer, JsonElement part, string param)
    {
        if (RequiredString(part, "text", param, out var text) is { } error)
        {
            return error;
        }

        writer.WriteStartObject();
        writer.WriteString("type"u8, "text"u8);
        writer.WriteString("text"u8, text);
        writer.WriteEndObject();
        return null;
    }

    private static OpenAiError? WriteImagePart(Utf8JsonWriter writer, JsonElement part, string param)
    {
        if (!part.TryGetProperty("image_url"u8, out var url) || url.ValueKind != JsonValueKind.String)
        {
            return part.TryGetProperty("file_id"u8, out _)
                ? ResponsesErrors.Unsupported($"{param}.file_id", "Images by file_id are not supported: the router keeps no files. Send image_url (a URL or a data URL).")
                : ResponsesErrors.Missing($"{param}.image_url");
        }

        writer.WriteStartObject();
        writer.WriteString("type"u8, "image_url"u8);
        writer.WriteStartObject("image_url"u8);
        writer.WriteString("url"u8, url.GetString());
        if (part.TryGetProperty("detail"u8, out var detail) && detail.ValueKind == JsonValueKind.String)
        {
            writer.WriteString("detail"u8, detail.GetString());
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        return null;
    }

    private static OpenAiError? WriteFilePart(Utf8JsonWriter writer, JsonElement part, string param)
    {
        if (!part.TryGetProperty("file_data"u8, out var data) || data.ValueKind != JsonValueKind.String)
        {
            return ResponsesErrors.Unsupported($"{param}.file_data", "Files are accepted only as file_data (base64): the router keeps no files and fetches no file URLs.");
        }

        writer.WriteStartObject();
        writer.WriteString("type"u8, "file"u8);
        writer.WriteStartObject("file"u8);
        writer.WriteString("file_data"u8, data.GetString());
        if (part.TryGetProperty("filename"u8, out var name) && name.ValueKind == JsonValueKind.String)
        {
            writer.WriteString("filename"u8, name.GetString());
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        return null;
    }

    private static OpenAiError? WriteFunctionCall(Utf8JsonWriter writer, JsonElement item, string param)
    {
        if (RequiredString(item, "call_id", param, out var callId) is { } callError)
        {
            return callError;
        }

        if (RequiredString(item, "name", param, out var name) is { } nameError)
        {
            return nameError;
        }

        if (RequiredString(item, "arguments", param, out var arguments) is { } argumentsError)
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
        if (RequiredString(item, "call_id", param, out var callId) is { } callError)
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
        if (output.ValueKind == JsonValueKind.Array && WriteJoinedText(writer, output, $"{param}.output") is { } error)
        {
            return error;
        }

        if (output.ValueKind == JsonValueKind.String)
        {
            WriteText(writer, output.GetString()!);
        }

        writer.WriteEndObject();
        messages++;
        return null;
    }

    private static OpenAiError? RequiredString(JsonElement item, string name, string param, out string value)
    {
        value = string.Empty;
        if (!item.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return ResponsesErrors.Missing($"{param}.{name}");
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return ResponsesErrors.InvalidType($"{param}.{name}", "a string", element);
        }

        value = element.GetString()!;
        return null;
    }
}
