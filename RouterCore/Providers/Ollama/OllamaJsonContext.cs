using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Providers.Ollama;

/// <summary>Source-generated reading of Ollama's answers and stream lines (snake_case).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(OllamaChatResponse))]
internal sealed partial class OllamaJsonContext : JsonSerializerContext;
