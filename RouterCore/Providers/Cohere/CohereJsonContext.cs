using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>Source-generated reading of Cohere's answers, events and errors (snake_case).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CohereResponse))]
[JsonSerializable(typeof(CohereStreamEvent))]
[JsonSerializable(typeof(CohereStreamDelta))]
[JsonSerializable(typeof(CohereErrorResponse))]
internal sealed partial class CohereJsonContext : JsonSerializerContext;
