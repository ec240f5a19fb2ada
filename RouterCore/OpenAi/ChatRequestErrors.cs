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

    public static ChatRequestError BelowMinimum(string param, long value) => new(
        $"Invalid '{param}': integer below minimum value. Expected a value >= 1, but got {value} instead.",
        param,
        "integer_below_min_value");

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
