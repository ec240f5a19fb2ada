using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// Writes a tool call of the history as translated wire formats carry one: the function's name and its arguments as a JSON
/// object (OpenAI sends them as a JSON text), under the format's name for them.
/// </summary>
internal static class FunctionCallWriter
{
    /// <summary><c>"name": ..., ARGUMENTS: {...}</c>, into an object the caller opened.</summary>
    public static void WriteMembers(Utf8JsonWriter json, OpenAiFunctionCall function, ReadOnlySpan<byte> argumentsName)
    {
        json.WriteString("name"u8, function.Name);
        json.WritePropertyName(argumentsName);
        JsonArguments.WriteObject(json, function.Arguments);
    }

    /// <summary><c>{WRAPPER: {"name": ..., ARGUMENTS: {...}}}</c>: Gemini's <c>functionCall</c>, Ollama's <c>function</c>.</summary>
    public static void WriteWrapped(Utf8JsonWriter json, ReadOnlySpan<byte> wrapperName, OpenAiFunctionCall function, ReadOnlySpan<byte> argumentsName)
    {
        json.WriteStartObject();
        json.WriteStartObject(wrapperName);
        WriteMembers(json, function, argumentsName);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
