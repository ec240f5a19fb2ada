using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Typed reads of one JSON value for the request reader; JSON <c>null</c> reads as absent.</summary>
internal static class JsonValues
{
    public static ChatRequestError? ReadString(ref Utf8JsonReader reader, string param, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null
            ? null
            : ChatRequestErrors.InvalidType(param, "a string", ref reader);
    }

    public static ChatRequestError? ReadBoolean(ref Utf8JsonReader reader, string param, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || reader.TokenType == JsonTokenType.Null
            ? null
            : ChatRequestErrors.InvalidType(param, "a boolean", ref reader);
    }

    /// <summary>A whole number of at least 1; values beyond <see cref="int.MaxValue"/> are clamped to it.</summary>
    public static ChatRequestError? ReadPositiveInteger(ref Utf8JsonReader reader, string param, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var number))
        {
            return ChatRequestErrors.InvalidType(param, "an integer", ref reader);
        }

        value = (int)Math.Min(number, int.MaxValue);
        return number < 1 ? ChatValueErrors.BelowMinimum(param, number, 1, integer: true) : null;
    }

    /// <summary>A number within [<paramref name="minimum"/>, <paramref name="maximum"/>]; a whole number when <paramref name="integer"/>.</summary>
    public static ChatRequestError? ReadNumber(ref Utf8JsonReader reader, string param, double minimum, double maximum, bool integer)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var isNumber = reader.TokenType == JsonTokenType.Number;
        if (integer ? !isNumber || !reader.TryGetInt64(out _) : !isNumber)
        {
            return ChatRequestErrors.InvalidType(param, integer ? "an integer" : "a number", ref reader);
        }

        var value = reader.GetDouble();
        return value < minimum ? ChatValueErrors.BelowMinimum(param, value, minimum, integer)
            : value > maximum ? ChatValueErrors.AboveMaximum(param, value, maximum, integer)
            : null;
    }

    /// <summary>Moves <paramref name="probe"/> (a copy of a reader on an object's start) onto the value of the named member; false when the object has none.</summary>
    public static bool TrySeekMember(ref Utf8JsonReader probe, ReadOnlySpan<byte> name)
    {
        while (probe.Read() && probe.TokenType == JsonTokenType.PropertyName)
        {
            var found = probe.ValueTextEquals(name);
            probe.Read();
            if (found)
            {
                return true;
            }

            probe.Skip();
        }

        return false;
    }

    /// <summary>A required function or schema name: a string matching <c>^[a-zA-Z0-9_-]{1,64}$</c>.</summary>
    public static ChatRequestError? ReadName(ref Utf8JsonReader reader, string param, out string? name)
    {
        name = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            return ChatRequestErrors.InvalidType(param, "a string", ref reader);
        }

        name = reader.GetString()!;
        return IsName(name) ? null : ChatValueErrors.InvalidName(param);
    }

    /// <summary>Reads an object that must have a valid <c>name</c> (a tool or function name); other members are skipped.</summary>
    public static ChatRequestError? ReadObjectName(ref Utf8JsonReader reader, string param, out string? name)
    {
        name = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType(param, "an object", ref reader);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isName = reader.ValueTextEquals("name"u8);
            reader.Read();
            if (!isName)
            {
                reader.Skip();
                continue;
            }

            if (JsonValues.ReadName(ref reader, $"{param}.name", out name) is { } error)
            {
                return error;
            }
        }

        return name is null ? ChatRequestErrors.Missing($"{param}.name") : null;
    }

    public static ChatRequestError? ReadStringArray(ref Utf8JsonReader reader, string param, out IReadOnlyList<string>? values)
    {
        values = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return ChatRequestErrors.InvalidType(param, "an array", ref reader);
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return ChatRequestErrors.InvalidType($"{param}[{items.Count}]", "a string", ref reader);
            }

            items.Add(reader.GetString()!);
        }

        values = items;
        return null;
    }

    /// <summary>UTF-8 bytes of every string in the current value (the value itself if it is a string), leaving the reader on its last token.</summary>
    public static long StringBytes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return reader.TokenType == JsonTokenType.String ? ValueLength(ref reader) : 0;
        }

        var depth = reader.CurrentDepth;
        long bytes = 0;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            bytes += reader.TokenType == JsonTokenType.String ? ValueLength(ref reader) : 0;
        }

        return bytes;
    }

    private static bool IsName(string name)
    {
        if (name.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static long ValueLength(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
}
