using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>The 400s of <c>POST /v1/responses</c>, worded as OpenAI words them.</summary>
internal static class ResponsesErrors
{
    public static OpenAiError InvalidJson() => Invalid(
        "We could not parse the JSON body of your request. The API expects a JSON object, but what was sent was not valid JSON.", null, "invalid_json");

    public static OpenAiError Missing(string param) => Invalid($"Missing required parameter: '{param}'.", param, "missing_required_parameter");

    public static OpenAiError InvalidType(string param, string expected, JsonElement value) =>
        Invalid($"Invalid type for '{param}': expected {expected}, but got {TypeName(value)} instead.", param, "invalid_type");

    public static OpenAiError InvalidValue(string param, string? value, string supported) =>
        Invalid($"Invalid value: '{value}'. Supported values are: {supported}.", param, "invalid_value");

    public static OpenAiError OutOfRange(string param, string bound) =>
        Invalid($"Invalid '{param}': {bound}.", param, "invalid_value");

    public static OpenAiError Unsupported(string param, string message) => Invalid(message, param, "unsupported_value");

    public static OpenAiError ForcedBuiltInTool(string type) => Invalid(
        $"tool_choice forces the built-in tool '{type}', which the free pool cannot run. Offer function tools instead, or let the model choose (tool_choice: \"auto\").",
        "tool_choice",
        "unsupported_tool");

    public static OpenAiError PreviousResponseNotFound(string id) =>
        Invalid($"Previous response with id '{id}' not found.", "previous_response_id", "previous_response_not_found");

    private static OpenAiError Invalid(string message, string? param, string code) => new(message, OpenAiError.InvalidRequestType, param, code);

    private static string TypeName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "an integer" : "a decimal number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };
}
