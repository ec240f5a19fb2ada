using System.Globalization;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Hints;

/// <summary>The 400 errors for hints a client spelled wrong, worded as OpenAI words invalid parameters.</summary>
public static class RoutingHintErrors
{
    public static ChatRequestError Unknown(string param) =>
        new($"Unrecognized request argument supplied: {param}. The router's hints are {string.Join(", ", RoutingHintNames.All.Select(RoutingHintNames.Body))}.", param, "unknown_parameter");

    public static ChatRequestError Invalid(string param, string value, string expected) =>
        new($"Invalid value for '{param}': expected {expected}, but got '{value}' instead.", param, "invalid_value");

    public static ChatRequestError InvalidSort(string param, string value) =>
        new($"Invalid value: '{value}'. Supported values are: 'random', 'latency', and 'throughput'.", param, "invalid_value");

    public static ChatRequestError MinAboveMax(string minParam, double min, string maxParam, double max) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"Invalid '{minParam}': {min} is larger than '{maxParam}' ({max}), so no model could satisfy both."),
            minParam,
            "invalid_value");
}
