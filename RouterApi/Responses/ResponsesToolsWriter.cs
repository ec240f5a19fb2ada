using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>
/// Writes a Responses request's <c>tools</c> and <c>tool_choice</c> as chat's: function tools (and the functions of
/// <c>namespace</c> tools, flattened) go upstream; built-in tools the pool cannot run (<c>web_search</c>, <c>file_search</c>,
/// <c>code_interpreter</c>, <c>mcp</c>, custom tools, ...) are left out and named in <c>dropped</c>, unless <c>tool_choice</c> forces one.
/// </summary>
internal static class ResponsesToolsWriter
{
    public static OpenAiError? Write(Utf8JsonWriter writer, ResponsesRequest request, List<string> dropped)
    {
        var functions = new List<JsonElement>();
        if (request.Tools is { } tools && Collect(tools, "tools", functions, dropped) is { } toolsError)
        {
            return toolsError;
        }

        if (functions.Count > 0)
        {
            writer.WriteStartArray("tools"u8);
            foreach (var function in functions)
            {
                WriteFunction(writer, function);
            }

            writer.WriteEndArray();
            if (request.ParallelToolCalls is { } parallel)
            {
                writer.WriteBoolean("parallel_tool_calls"u8, parallel);
            }
        }

        return request.ToolChoice is { } choice ? WriteChoice(writer, choice, functions.Count > 0, dropped) : null;
    }

    private static OpenAiError? Collect(JsonElement tools, string param, List<JsonElement> functions, List<string> dropped)
    {
        var index = 0;
        foreach (var tool in tools.EnumerateArray())
        {
            var toolParam = $"{param}[{index++}]";
            if (tool.ValueKind != JsonValueKind.Object || !tool.TryGetProperty("type"u8, out var typeValue) || typeValue.ValueKind != JsonValueKind.String)
            {
                return tool.ValueKind != JsonValueKind.Object ? ResponsesErrors.InvalidType(toolParam, "an object", tool) : ResponsesErrors.Missing($"{toolParam}.type");
            }

            var type = typeValue.GetString()!;
            if (type == "function")
            {
                if (!tool.TryGetProperty("name"u8, out var name) || name.ValueKind != JsonValueKind.String || name.GetString()!.Length == 0)
                {
                    return ResponsesErrors.Missing($"{toolParam}.name");
                }

                functions.Add(tool);
            }
            else if (type == "namespace" && tool.TryGetProperty("tools"u8, out var members) && members.ValueKind == JsonValueKind.Array)
            {
                if (Collect(members, $"{toolParam}.tools", functions, dropped) is { } error)
                {
                    return error;
                }
            }
            else if (!dropped.Contains(type))
            {
                dropped.Add(type);
            }
        }

        return null;
    }

    private static void WriteFunction(Utf8JsonWriter writer, JsonElement tool)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, "function"u8);
        writer.WriteStartObject("function"u8);
        foreach (var field in tool.EnumerateObject())
        {
            if (field.NameEquals("name"u8) || field.NameEquals("description"u8) || field.NameEquals("parameters"u8) || field.NameEquals("strict"u8))
            {
                field.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static OpenAiError? WriteChoice(Utf8JsonWriter writer, JsonElement choice, bool hasFunctions, List<string> dropped)
    {
        if (choice.ValueKind == JsonValueKind.String)
        {
            var mode = choice.GetString();
            if (mode is not ("none" or "auto" or "required"))
            {
                return ResponsesErrors.InvalidValue("tool_choice", mode, "'none', 'auto' and 'required'");
            }

            return WriteMode(writer, mode, hasFunctions, dropped);
        }

        var type = choice.TryGetProperty("type"u8, out var typeValue) && typeValue.ValueKind == JsonValueKind.String ? typeValue.GetString()! : null;
        switch (type)
        {
            case null:
                return ResponsesErrors.Missing("tool_choice.type");
            case "function":
                if (!choice.TryGetProperty("name"u8, out var name) || name.ValueKind != JsonValueKind.String)
                {
                    return ResponsesErrors.Missing("tool_choice.name");
                }

                writer.WriteStartObject("tool_choice"u8);
                writer.WriteString("type"u8, "function"u8);
                writer.WriteStartObject("function"u8);
                writer.WriteString("name"u8, name.GetString());
                writer.WriteEndObject();
                writer.WriteEndObject();
                return null;
            case "allowed_tools":
                var allowedMode = choice.TryGetProperty("mode"u8, out var modeValue) && modeValue.ValueKind == JsonValueKind.String ? modeValue.GetString() : "auto";
                return allowedMode is "auto" or "required"
                    ? WriteMode(writer, allowedMode, hasFunctions, dropped)
                    : ResponsesErrors.InvalidValue("tool_choice.mode", allowedMode, "'auto' and 'required'");
            default:
                return ResponsesErrors.ForcedBuiltInTool(type);
        }
    }

    private static OpenAiError? WriteMode(Utf8JsonWriter writer, string mode, bool hasFunctions, List<string> dropped)
    {
        if (hasFunctions)
        {
            writer.WriteString("tool_choice"u8, mode);
            return null;
        }

        return mode == "required" && dropped.Count > 0 ? ResponsesErrors.ForcedBuiltInTool(dropped[0]) : null;
    }
}
