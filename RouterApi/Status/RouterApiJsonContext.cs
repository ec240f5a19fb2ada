using System.Text.Json.Serialization;

namespace AspireRouter.RouterApi.Status;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ModelList))]
[JsonSerializable(typeof(ModelEntry))]
[JsonSerializable(typeof(RouterStatus))]
[JsonSerializable(typeof(RouterIndex))]
internal sealed partial class RouterApiJsonContext : JsonSerializerContext;
