using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads <c>tools</c> (each a function or custom tool with a valid name; their size counts towards the prompt estimate).</summary>
internal static class ToolsReader
{
    public static ChatRequestError? ReadTools(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return ChatRequestErrors.InvalidType("tools", "an array", ref reader);
        }

        var start = reader.TokenStartIndex;
        var names = request.ToolNames ??= [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadTool(ref reader, names.Count, out var name) is { } error)
            {
                return error;
            }

            names.Add(name!);
        }

        request.HasTools = names.Count > 0;
        request.TextBytes += reader.BytesConsumed - start;
        return null;
    }

    private static ChatRequestError? ReadTool(ref Utf8JsonReader reader, int index, out string? name)
    {
        name = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType($"tools[{index}]", "an object", ref reader);
        }

        var probe = reader;
        if (!JsonValues.TrySeekMember(ref probe, "type"u8))
        {
            return ChatRequestErrors.Missing($"tools[{index}].type");
        }

        if (ToolTypes.Read(ref probe, $"tools[{index}].type", out var kind) is { } invalid)
        {
            return invalid;
        }

        var error = ToolTypes.ReadNamed(ref reader, kind, $"tools[{index}]", out name);
        return error;
    }
}
