using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>A request's <c>tool_choice</c>, read: its mode and, for a named function, the name.</summary>
internal readonly record struct ToolChoice(ToolChoiceMode Mode, string? FunctionName)
{
    /// <summary>Absent means <see cref="ToolChoiceMode.Auto"/>, as OpenAI defaults when tools are given.</summary>
    public static ToolChoice From(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString() switch
        {
            "none" => new(ToolChoiceMode.None, null),
            "required" => new(ToolChoiceMode.Required, null),
            _ => new(ToolChoiceMode.Auto, null),
        },
        { ValueKind: JsonValueKind.Object } named when named.TryGetProperty("function", out var function)
            && function.ValueKind == JsonValueKind.Object
            && function.TryGetProperty("name", out var name)
            && name.ValueKind == JsonValueKind.String => new(ToolChoiceMode.Function, name.GetString()),
        _ => new(ToolChoiceMode.Auto, null),
    };
}
