using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads <c>tools</c> (presence, and its size for the prompt estimate) and <c>tool_choice</c>.</summary>
internal static class ToolsReader
{
    public static ChatRequestError? ReadTools(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return ChatRequestErrors.InvalidType("tools", "an array", ref reader);
        }

        var start = reader.TokenStartIndex;
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count++;
            reader.Skip();
        }

        request.HasTools = count > 0;
        request.TextBytes += reader.BytesConsumed - start;
        return null;
    }

    /// <summary>A string as given (<c>none</c>, <c>auto</c>, <c>required</c>); an object naming a function reads as <c>function</c>.</summary>
    public static ChatRequestError? ReadToolChoice(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            request.ToolChoice = reader.GetString();
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType("tool_choice", "a string or an object", ref reader);
        }

        request.ToolChoice = "function";
        reader.Skip();
        return null;
    }
}
