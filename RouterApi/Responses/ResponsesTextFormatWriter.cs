using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>Writes <c>text.format</c> as chat's <c>response_format</c>: <c>json_schema</c> and <c>json_object</c>; <c>text</c> needs none.</summary>
internal static class ResponsesTextFormatWriter
{
    public static OpenAiError? Write(Utf8JsonWriter writer, JsonElement text)
    {
        if (!text.TryGetProperty("format"u8, out var format) || format.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (format.ValueKind != JsonValueKind.Object)
        {
            return ResponsesErrors.InvalidType("text.format", "an object", format);
        }

        var type = format.TryGetProperty("type"u8, out var typeValue) && typeValue.ValueKind == JsonValueKind.String ? typeValue.GetString() : null;
        switch (type)
        {
            case "text":
                return null;
            case "json_object":
                writer.WriteStartObject("response_format"u8);
                writer.WriteString("type"u8, "json_object"u8);
                writer.WriteEndObject();
                return null;
            case "json_schema":
                return WriteSchema(writer, format);
            case null:
                return ResponsesErrors.Missing("text.format.type");
            default:
                return ResponsesErrors.InvalidValue("text.format.type", type, "'text', 'json_object' and 'json_schema'");
        }
    }

    private static OpenAiError? WriteSchema(Utf8JsonWriter writer, JsonElement format)
    {
        if (!format.TryGetProperty("name"u8, out var name) || name.ValueKind != JsonValueKind.String)
        {
            return ResponsesErrors.Missing("text.format.name");
        }

        if (!format.TryGetProperty("schema"u8, out var schema) || schema.ValueKind != JsonValueKind.Object)
        {
            return schema.ValueKind == JsonValueKind.Undefined ? ResponsesErrors.Missing("text.format.schema") : ResponsesErrors.InvalidType("text.format.schema", "an object", schema);
        }

        writer.WriteStartObject("response_format"u8);
        writer.WriteString("type"u8, "json_schema"u8);
        writer.WriteStartObject("json_schema"u8);
        foreach (var field in format.EnumerateObject())
        {
            if (field.NameEquals("name"u8) || field.NameEquals("schema"u8) || field.NameEquals("description"u8) || field.NameEquals("strict"u8))
            {
                field.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        return null;
    }
}
