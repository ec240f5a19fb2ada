using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>Writes a number property only when the OpenAI request set it, as every translated wire format does.</summary>
internal static class OptionalJsonNumbers
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
}
