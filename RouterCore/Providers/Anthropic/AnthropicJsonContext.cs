using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>Source-generated reading of Anthropic's answers, events and errors (snake_case).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AnthropicMessage))]
[JsonSerializable(typeof(AnthropicStreamEvent))]
[JsonSerializable(typeof(AnthropicErrorResponse))]
internal sealed partial class AnthropicJsonContext : JsonSerializerContext;
