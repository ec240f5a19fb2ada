using System.Text.Json.Serialization;

namespace AspireRouter.RouterApi.Messages;

/// <summary>Source-generated reading of the pool's chat answers for the Messages API (snake_case, unknown fields skipped).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(PoolAnswer))]
internal sealed partial class MessagesJsonContext : JsonSerializerContext;
