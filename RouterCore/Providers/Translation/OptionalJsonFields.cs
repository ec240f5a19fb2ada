using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// Writes a property only when the OpenAI request set it, as every translated wire format does: a number, or the stop
/// sequences as an array under the format's name for them.
/// </summary>
internal static class OptionalJsonFields
{
    public static void WriteIfSet(Utf8JsonWriter json, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    public static void WriteIfSet(Utf8JsonWriter json, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    public static void WriteIfAny(Utf8JsonWriter json, ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            json.WriteStringValue(values[i]);
        }

        json.WriteEndArray();
    }
}
