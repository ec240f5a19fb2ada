using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>Why an embeddings body was refused, worded as OpenAI words it.</summary>
internal static class EmbeddingRequestErrors
{
    public static OpenAiError EmptyArray(string param) =>
        BodyFieldErrors.Invalid($"Invalid '{param}': empty array. Expected an array with minimum length 1, but got an empty array instead.", param, "empty_array");

    public static OpenAiError TooManyInputs(int count, int max, string? model = null) => BodyFieldErrors.Invalid(
        $"Invalid 'input': array too long. Expected an array with maximum length {max}{(model is null ? "" : $" (the most '{model}' takes in one request)")}, but got an array with length {count} instead.",
        "input",
        "array_above_max_length");

    public static OpenAiError MixedInput() => BodyFieldErrors.Invalid(
        "Invalid 'input': expected a string, an array of strings, an array of integers (token ids) or an array of arrays of integers, all of one kind.",
        "input",
        "invalid_type");

    public static OpenAiError InvalidToken(string param) =>
        BodyFieldErrors.Invalid($"Invalid '{param}': token ids must be integers from 0 to {int.MaxValue}.", param, "invalid_value");

    public static OpenAiError BelowOne(string param, long value) =>
        BodyFieldErrors.Invalid($"Invalid '{param}': integer below minimum value. Expected a value >= 1, but got {value} instead.", param, "integer_below_min_value");
}
