using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>The validation errors the request reader reports, worded as OpenAI words them.</summary>
internal static class ChatRequestErrors
{
    public static ChatRequestError InvalidJson() => new(
        "We could not parse the JSON body of your request. The API expects a JSON object, but what was sent was not valid JSON.",
        null,
        "invalid_json");

    public static ChatRequestError BodyNotObject(ref Utf8JsonReader reader) => new(
        $"Invalid type for the request body: expected an object, but got {TypeName(ref reader)} instead.",
        null,
        "invalid_type");

    public static ChatRequestError Missing(string param) =>
        new($"Missing required parameter: '{param}'.", param, "missing_required_parameter");

    public static ChatRequestError InvalidType(string param, string expected, ref Utf8JsonReader reader) => new(
        $"Invalid type for '{param}': expected {expected}, but got {TypeName(ref reader)} instead.",
        param,
        "invalid_type");

    public static ChatRequestError EmptyArray(string param) => new(
        $"Invalid '{param}': empty array. Expected an array with minimum length 1, but got an empty array instead.",
        param,
        "empty_array");

    public static ChatRequestError InvalidUtf8(string? param) => new(
        param is null
            ? "The request body is not valid UTF-8: a string or property name holds bytes that are not UTF-8 text."
            : $"Invalid '{param}': the request body is not valid UTF-8 there (bytes that are not UTF-8 text in a string or property name).",
        param,
        "invalid_encoding");

    public static ChatRequestError TooDeep(string? param) => new(
        $"The JSON body is nested too deeply: at most {JsonBodyScanner.MaxDepth} levels of objects and arrays are accepted.",
        param,
        "invalid_json");

    public static ChatRequestError InvalidRole(string param, string? role) => new(
        $"Invalid value: '{role}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.",
        param,
        "invalid_value");

    private static string TypeName(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => reader.TryGetInt64(out _) ? "an integer" : "a decimal number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "null",
    };
}
