using System.Buffers;
using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>Reads a chat body the router already accepted into an <see cref="OpenAiChatBody"/> (source-generated).</summary>
internal static class OpenAiChatBodyReader
{
    /// <exception cref="UnsupportedParameterException">A field has a shape no translation can carry.</exception>
    public static OpenAiChatBody Read(ReadOnlySequence<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            return JsonSerializer.Deserialize(ref reader, ProviderJsonContext.Default.OpenAiChatBody) ?? new OpenAiChatBody();
        }
        catch (JsonException ex)
        {
            throw new UnsupportedParameterException($"The request cannot be translated: {ex.Message}", ex);
        }
    }
}
