using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// Moves tool arguments and results between OpenAI's JSON texts and the JSON objects other wire formats carry
/// (Gemini's <c>args</c> and <c>response</c>, Anthropic's <c>input</c>, Ollama's <c>arguments</c>).
/// </summary>
internal static class JsonArguments
{
    /// <summary>The text as a JSON object, or <c>{}</c> when it is not one.</summary>
    public static void WriteObject(Utf8JsonWriter json, string? text)
    {
        if (!TryWriteObject(json, text))
        {
            json.WriteStartObject();
            json.WriteEndObject();
        }
    }

    /// <summary>A tool result as a JSON object: the text itself when it is one, else <c>{"result": text}</c>.</summary>
    public static void WriteResult(Utf8JsonWriter json, string text)
    {
        if (!TryWriteObject(json, text))
        {
            json.WriteStartObject();
            json.WriteString("result"u8, text);
            json.WriteEndObject();
        }
    }

    /// <summary>A JSON value as OpenAI's arguments text (an object's raw JSON; <c>{}</c> for none).</summary>
    public static string ToText(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object or JsonValueKind.Array } element ? element.GetRawText()
        : value is { ValueKind: JsonValueKind.String } text ? text.GetString()!
        : "{}";

    private static bool TryWriteObject(Utf8JsonWriter json, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.AsSpan().TrimStart()[0] != '{')
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            document.RootElement.WriteTo(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
