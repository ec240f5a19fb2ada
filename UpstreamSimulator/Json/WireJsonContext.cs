using System.Text.Json.Serialization;
using AspireRouter.UpstreamSimulator.Generic.Wire;
using AspireRouter.UpstreamSimulator.OpenRouter.Wire;

namespace AspireRouter.UpstreamSimulator.Json;

/// <summary>Source-generated serialization of everything the simulated providers send, in their snake_case.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(OpenRouterCompletion))]
[JsonSerializable(typeof(OpenRouterChunk))]
[JsonSerializable(typeof(OpenRouterError))]
[JsonSerializable(typeof(GenericCompletion))]
[JsonSerializable(typeof(GenericChunk))]
[JsonSerializable(typeof(GenericError))]
[JsonSerializable(typeof(GenericModelList))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
