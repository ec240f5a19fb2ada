using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>Source-generated reading of Google's answers (camelCase).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GeminiResponse))]
[JsonSerializable(typeof(GeminiErrorResponse))]
internal sealed partial class GeminiJsonContext : JsonSerializerContext;
