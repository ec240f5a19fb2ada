using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Images;

/// <summary>Why an image generation body was refused, worded as OpenAI words it.</summary>
internal static class ImageRequestErrors
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

    public static OpenAiError TooLong(string param, int max) =>
        Invalid($"Invalid '{param}': string too long. Expected a string with maximum length {max}.", param, "string_above_max_length");

    public static OpenAiError OutOfRange(string param, long value, int min, int max) => value < min
        ? Invalid($"Invalid '{param}': integer below minimum value. Expected a value >= {min}, but got {value} instead.", param, "integer_below_min_value")
        : Invalid($"Invalid '{param}': integer above maximum value. Expected a value <= {max}, but got {value} instead.", param, "integer_above_max_value");

    public static OpenAiError InvalidValue(string param, string value, string supported) =>
        Invalid($"Invalid value: '{value}'. Supported values are: {supported}.", param, "invalid_value");

    public static OpenAiError Unsupported(string param, string why) => Invalid(why, param, "unsupported_parameter");

    private static OpenAiError Invalid(string message, string? param, string code) => new(message, OpenAiError.InvalidRequestType, param, code);
}
