using System.Globalization;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Errors for a value of the right type that OpenAI's API still refuses (out of range, not among the allowed values), worded as OpenAI words them.</summary>
internal static class ChatValueErrors
{
    public static ChatRequestError BelowMinimum(string param, double value, double minimum, bool integer) => new(
        $"Invalid '{param}': {Kind(integer)} below minimum value. Expected a value >= {Format(minimum)}, but got {Format(value)} instead.",
        param,
        $"{Kind(integer)}_below_min_value");

    public static ChatRequestError AboveMaximum(string param, double value, double maximum, bool integer) => new(
        $"Invalid '{param}': {Kind(integer)} above maximum value. Expected a value <= {Format(maximum)}, but got {Format(value)} instead.",
        param,
        $"{Kind(integer)}_above_max_value");

    public static ChatRequestError InvalidValue(string param, string? value, string supported) => new(
        $"Invalid value: '{value}'. Supported values are: {supported}.",
        param,
        "invalid_value");

    public static ChatRequestError ArrayTooLong(string param, int length, int maximum) => new(
        $"Invalid '{param}': array too long. Expected an array with maximum length {maximum}, but got an array with length {length} instead.",
        param,
        "array_above_max_length");

    public static ChatRequestError InvalidName(string param) => new(
        $"Invalid '{param}': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]{{1,64}}$'.",
        param,
        "invalid_value");

    public static ChatRequestError StreamOptionsWithoutStream() => new(
        "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
        "stream_options",
        "invalid_value");

    public static ChatRequestError UndeclaredTool(string name) => new(
        $"Invalid value for 'tool_choice': tool '{name}' is not among the declared 'tools'.",
        "tool_choice",
        "invalid_value");

    private static string Kind(bool integer) => integer ? "integer" : "decimal";

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
