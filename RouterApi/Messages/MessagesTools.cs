using System.Text.Json;

namespace AspireRouter.RouterApi.Messages;

/// <summary>
/// A Messages request's <c>tools</c> and <c>tool_choice</c>. Custom tools (no <c>type</c>, or <c>custom</c>) become function
/// tools with their <c>input_schema</c> as parameters. Anthropic's server tools (a versioned <c>type</c> such as
/// <c>web_search_20250305</c>, <c>bash_20250124</c>, <c>text_editor_20250728</c>, <c>computer_20250124</c>) run at Anthropic,
/// not in any model of the pool: they are left out and named in <c>x-router-dropped-tools</c>, unless <c>tool_choice</c>
/// forces one, which is refused. <c>auto</c>, <c>any</c>, <c>tool</c> and <c>none</c> become <c>auto</c>, <c>required</c>, a
/// named function and <c>none</c>; <c>disable_parallel_tool_use</c> becomes <c>parallel_tool_calls: false</c>.
/// </summary>
internal sealed class MessagesTools
{
    private readonly List<JsonElement> _custom = [];
    private readonly List<string> _dropped = [];
    private string? _choice;
    private string? _forcedName;
    private bool _noParallel;

    /// <summary>Why the tools are refused, or null.</summary>
    public string? Error { get; private init; }

    public IReadOnlyList<string> Dropped => _dropped;

    public static MessagesTools Read(JsonElement root)
    {
        var tools = new MessagesTools();
        var error = root.TryGetProperty("tools", out var declared) && declared.ValueKind != JsonValueKind.Null ? tools.ReadTools(declared) : null;
        error ??= root.TryGetProperty("tool_choice", out var choice) && choice.ValueKind != JsonValueKind.Null ? tools.ReadChoice(choice) : null;
        return error is null ? tools : new MessagesTools { Error = error };
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        if (_custom.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("tools"u8);
        foreach (var tool in _custom)
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "function"u8);
            writer.WriteStartObject("function"u8);
            writer.WriteString("name"u8, tool.GetProperty("name").GetString());
            if (tool.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String)
            {
                writer.WriteString("description"u8, description.GetString());
            }

            writer.WritePropertyName("parameters"u8);
            tool.GetProperty("input_schema").WriteTo(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (_forcedName is not null)
        {
            writer.WriteStartObject("tool_choice"u8);
            writer.WriteString("type"u8, "function"u8);
            writer.WriteStartObject("function"u8);
            writer.WriteString("name"u8, _forcedName);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        else if (_choice is not null)
        {
            writer.WriteString("tool_choice"u8, _choice);
        }

        if (_noParallel)
        {
            writer.WriteBoolean("parallel_tool_calls"u8, false);
        }
    }

    private string? ReadTools(JsonElement tools)
    {
        if (tools.ValueKind != JsonValueKind.Array)
        {
            return "tools: Input should be an array of tools.";
        }

        var index = 0;
        foreach (var tool in tools.EnumerateArray())
        {
            var param = $"tools.{index++}";
            var name = tool.ValueKind == JsonValueKind.Object && tool.TryGetProperty("name", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (name is not { Length: > 0 })
            {
                return $"{param}.name: Field required.";
            }

            var type = MessagesContentWriter.TypeOf(tool);
            if (type is not (null or "custom"))
            {
                _dropped.Add(name);
                continue;
            }

            if (!tool.TryGetProperty("input_schema", out var schema) || schema.ValueKind != JsonValueKind.Object)
            {
                return $"{param}.input_schema: Field required (a JSON schema object).";
            }

            _custom.Add(tool);
        }

        return null;
    }

    private string? ReadChoice(JsonElement choice)
    {
        var type = MessagesContentWriter.TypeOf(choice);
        _noParallel = choice.ValueKind == JsonValueKind.Object
            && choice.TryGetProperty("disable_parallel_tool_use", out var parallel) && parallel.ValueKind == JsonValueKind.True;
        switch (type)
        {
            case "auto":
                _choice = "auto";
                return null;
            case "none":
                _choice = "none";
                return null;
            case "any":
                _choice = "required";
                return _custom.Count > 0 ? null : ForcedServerTool(_dropped.Count > 0 ? string.Join(", ", _dropped) : null);
            case "tool":
                return ReadForced(choice);
            default:
                return "tool_choice.type: Input should be 'auto', 'any', 'tool' or 'none'.";
        }
    }

    private string? ReadForced(JsonElement choice)
    {
        var name = choice.TryGetProperty("name", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (name is null)
        {
            return "tool_choice.name: Field required.";
        }

        if (_dropped.Contains(name))
        {
            return ForcedServerTool(name);
        }

        if (!_custom.Exists(tool => tool.GetProperty("name").ValueEquals(name)))
        {
            return $"tool_choice.name: no tool named '{name}' is declared in tools.";
        }

        _forcedName = name;
        return null;
    }

    private static string ForcedServerTool(string? names) => names is null
        ? "tool_choice: 'any' requires at least one tool."
        : $"tool_choice: it forces {names}, an Anthropic server tool that no model in the free pool can run. "
            + "Declare it as a custom tool (name, description, input_schema) to run it yourself, or let the model choose (tool_choice 'auto').";
}
