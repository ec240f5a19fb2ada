using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Http;

/// <summary>Why a request body's field was refused, worded as OpenAI words it; shared by the endpoints' own error lists.</summary>
internal static class BodyFieldErrors
{
    public static OpenAiError InvalidJson() => Invalid(
        "We could not parse the JSON body of your request. The API expects a JSON object, but what was sent was not valid JSON.",
        null,
        "invalid_json");

    public static OpenAiError Missing(string param) => Invalid($"Missing required parameter: '{param}'.", param, "missing_required_parameter");

    public static OpenAiError InvalidType(string param, string expected) =>
        Invalid($"Invalid type for '{param}': expected {expected}.", param, "invalid_type");

    public static OpenAiError EmptyString(string param) =>
        Invalid($"Invalid '{param}': empty string. Expected a string with minimum length 1, but got an empty string instead.", param, "empty_string");

    public static OpenAiError InvalidValue(string param, string value, string supported) =>
        Invalid($"Invalid value: '{value}'. Supported values are: {supported}.", param, "invalid_value");

    public static OpenAiError Invalid(string message, string? param, string code) => new(message, OpenAiError.InvalidRequestType, param, code);
}
