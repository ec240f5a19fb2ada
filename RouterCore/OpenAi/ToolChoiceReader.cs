using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads <c>tool_choice</c>: a mode (<c>none</c>, <c>auto</c>, <c>required</c>), or an object naming a tool, or <c>allowed_tools</c>.</summary>
internal static class ToolChoiceReader
{
    private const string Param = "tool_choice";

    /// <summary>A mode reads as given; an object naming a tool reads as <c>function</c> and notes the name, checked against <c>tools</c> once the body is read.</summary>
    public static ChatRequestError? Read(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var isMode = reader.ValueTextEquals("none"u8) || reader.ValueTextEquals("auto"u8) || reader.ValueTextEquals("required"u8);
            request.ToolChoice = reader.GetString();
            return isMode ? null : ChatValueErrors.InvalidValue(Param, request.ToolChoice, "'none', 'auto' and 'required'");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType(Param, "a string or an object", ref reader);
        }

        request.ToolChoice = "function";
        var probe = reader;
        if (!JsonValues.TrySeekMember(ref probe, "type"u8))
        {
            return ChatRequestErrors.Missing("tool_choice.type");
        }

        if (probe.TokenType == JsonTokenType.String && probe.ValueTextEquals("allowed_tools"u8))
        {
            reader.Skip();
            return null;
        }

        if (ToolTypes.Read(ref probe, "tool_choice.type", out var kind) is { } invalid)
        {
            return invalid;
        }

        var error = ToolTypes.ReadNamed(ref reader, kind, Param, out var name);
        request.ChosenTool = name;
        return error;
    }

    /// <summary>After the whole body: a named tool must be one of <c>tools</c>.</summary>
    public static ChatRequestError? CheckDeclared(ChatRequest request) =>
        request.ChosenTool is { } name && (request.ToolNames is not { } names || !names.Contains(name))
            ? ChatValueErrors.UndeclaredTool(name)
            : null;
}
