using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary>Source-generated reading of Workers AI answers, events and errors (snake_case).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CloudflareEnvelope))]
[JsonSerializable(typeof(CloudflareResult))]
internal sealed partial class CloudflareJsonContext : JsonSerializerContext;
