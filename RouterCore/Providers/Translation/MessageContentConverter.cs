using System.Text.Json;
using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>Reads a message's <c>content</c>, a string or an array of parts, as parts (null stays null).</summary>
internal sealed class MessageContentConverter : JsonConverter<IReadOnlyList<OpenAiContentPart>>
{
    public override IReadOnlyList<OpenAiContentPart>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => [new OpenAiContentPart { Type = "text", Text = reader.GetString() }],
            JsonTokenType.StartArray => JsonSerializer.Deserialize(ref reader, ProviderJsonContext.Default.ListOpenAiContentPart),
            JsonTokenType.Null => null,
            _ => throw new JsonException("A message's content must be a string or an array of parts."),
        };

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<OpenAiContentPart> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Request bodies are only read.");
}
