using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>
/// Writes a Responses message's content as chat content: a user's parts as chat parts (<c>input_text</c> → <c>text</c>,
/// <c>input_image</c> → <c>image_url</c>, <c>input_file</c> with data → <c>file</c>); other roles' parts joined into one string.
/// </summary>
internal static class ResponsesContentWriter
{
    // Assistant, system and developer turns go upstream as one string: every model of the pool reads that.
    public static OpenAiError? WriteJoinedText(Utf8JsonWriter writer, JsonElement parts, string param)
    {
        var text = new System.Text.StringBuilder();
        var index = 0;
        foreach (var part in parts.EnumerateArray())
        {
            var partParam = $"{param}[{index++}]";
            if (JsonFields.RequiredString(part, "type", partParam, out var type) is { } typeError)
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

            if (JsonFields.RequiredString(part, field, partParam, out var value) is { } valueError)
            {
                return valueError;
            }

            text.Append(value);
        }

        writer.WriteString("content"u8, text.ToString());
        return null;
    }

    public static OpenAiError? WriteUserParts(Utf8JsonWriter writer, JsonElement parts, string param)
    {
        writer.WriteStartArray("content"u8);
        var index = 0;
        foreach (var part in parts.EnumerateArray())
        {
            var partParam = $"{param}[{index++}]";
            if (JsonFields.RequiredString(part, "type", partParam, out var type) is { } typeError)
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
        if (JsonFields.RequiredString(part, "text", param, out var text) is { } error)
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
}
