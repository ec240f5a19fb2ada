using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>Source-generated reading of OpenAI request bodies for the translating adapters (snake_case).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(OpenAiChatBody))]
[JsonSerializable(typeof(List<OpenAiContentPart>))]
internal sealed partial class ProviderJsonContext : JsonSerializerContext;
