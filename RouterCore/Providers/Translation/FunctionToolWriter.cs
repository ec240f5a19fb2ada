using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// Writes a request's function tools in the two shapes translated wire formats take them: bare declarations (Gemini's
/// <c>functionDeclarations</c>, Anthropic's <c>tools</c>) and OpenAI's <c>{"type":"function","function":{...}}</c> (Cohere, Ollama).
/// </summary>
internal static class FunctionToolWriter
{
    /// <summary>
    /// An array of <c>{"name","description","SCHEMA"}</c>: the description when given, the parameters schema under
    /// <paramref name="schemaName"/> when it is an object, else (where <paramref name="schemaRequired"/>) an empty object schema.
    /// </summary>
    public static void WriteDeclarations(
        Utf8JsonWriter json, ReadOnlySpan<byte> arrayName, IReadOnlyList<OpenAiTool> tools, ReadOnlySpan<byte> schemaName, bool schemaRequired)
    {
        json.WriteStartArray(arrayName);
        for (var i = 0; i < tools.Count; i++)
        {
            WriteDeclaration(json, tools[i].Function, schemaName, schemaRequired);
        }

        json.WriteEndArray();
    }

    /// <summary>A <c>tools</c> array of OpenAI's shape; with <paramref name="onlyName"/>, that function's tool alone.</summary>
    public static void WriteOpenAiTools(Utf8JsonWriter json, IReadOnlyList<OpenAiTool> tools, string? onlyName)
    {
        json.WriteStartArray("tools"u8);
        for (var i = 0; i < tools.Count; i++)
        {
            var function = tools[i].Function;
            if (onlyName is not null && function.Name != onlyName)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString("type"u8, "function"u8);
            json.WritePropertyName("function"u8);
            WriteDeclaration(json, function, "parameters"u8, schemaRequired: false);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDeclaration(Utf8JsonWriter json, OpenAiFunction function, ReadOnlySpan<byte> schemaName, bool schemaRequired)
    {
        json.WriteStartObject();
        json.WriteString("name"u8, function.Name);
        if (function.Description is { } description)
        {
            json.WriteString("description"u8, description);
        }

        if (function.Parameters is { ValueKind: JsonValueKind.Object } parameters)
        {
            json.WritePropertyName(schemaName);
            parameters.WriteTo(json);
        }
        else if (schemaRequired)
        {
            json.WriteStartObject(schemaName);
            json.WriteString("type"u8, "object"u8);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
