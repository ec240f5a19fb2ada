using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>Reads a required string field of a request item, with OpenAI's error when it is missing or not a string.</summary>
internal static class JsonFields
{
    public static OpenAiError? RequiredString(JsonElement item, string name, string param, out string value)
    {
        value = string.Empty;
        if (!item.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return ResponsesErrors.Missing($"{param}.{name}");
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return ResponsesErrors.InvalidType($"{param}.{name}", "a string", element);
        }

        value = element.GetString()!;
        return null;
    }
}
