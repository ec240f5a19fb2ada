using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Images;

/// <summary>Why an image generation body was refused, worded as OpenAI words it.</summary>
internal static class ImageRequestErrors
{
    public static OpenAiError TooLong(string param, int max) =>
        BodyFieldErrors.Invalid($"Invalid '{param}': string too long. Expected a string with maximum length {max}.", param, "string_above_max_length");

    public static OpenAiError OutOfRange(string param, long value, int min, int max) => value < min
        ? BodyFieldErrors.Invalid($"Invalid '{param}': integer below minimum value. Expected a value >= {min}, but got {value} instead.", param, "integer_below_min_value")
        : BodyFieldErrors.Invalid($"Invalid '{param}': integer above maximum value. Expected a value <= {max}, but got {value} instead.", param, "integer_above_max_value");

    public static OpenAiError Unsupported(string param, string why) => BodyFieldErrors.Invalid(why, param, "unsupported_parameter");
}
