using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>The two kinds of tool (<c>function</c>, <c>custom</c>), shared by <c>tools</c> and <c>tool_choice</c>: each names itself in an object under its kind.</summary>
internal static class ToolTypes
{
    public const string Function = "function";

    public const string Custom = "custom";

    /// <summary>Reads a tool's <c>type</c>: <c>function</c> or <c>custom</c>.</summary>
    public static ChatRequestError? Read(ref Utf8JsonReader reader, string param, out string kind)
    {
        kind = Function;
        if (reader.TokenType != JsonTokenType.String)
        {
            return ChatRequestErrors.InvalidType(param, "a string", ref reader);
        }

        if (reader.ValueTextEquals("custom"u8))
        {
            kind = Custom;
        }

        return kind == Custom || reader.ValueTextEquals("function"u8)
            ? null
            : ChatValueErrors.InvalidValue(param, reader.GetString(), "'function' and 'custom'");
    }

    /// <summary>Reads an object with <c>type</c> <paramref name="kind"/>, requiring <c>{kind}.name</c>; leaves the reader on its end.</summary>
    public static ChatRequestError? ReadNamed(ref Utf8JsonReader reader, string kind, string param, out string? name)
    {
        name = null;
        var kindUtf8 = kind == Custom ? "custom"u8 : "function"u8;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isKind = reader.ValueTextEquals(kindUtf8);
            reader.Read();
            if (!isKind)
            {
                reader.Skip();
                continue;
            }

            if (JsonValues.ReadObjectName(ref reader, $"{param}.{kind}", out name) is { } error)
            {
                return error;
            }
        }

        return name is null ? ChatRequestErrors.Missing($"{param}.{kind}") : null;
    }
}
