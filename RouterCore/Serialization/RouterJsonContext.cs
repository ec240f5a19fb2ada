using System.Text.Json.Serialization;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Serialization;

/// <summary>The one source-generated JSON context for RouterCore's wire and domain types (snake_case, enums as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(OpenRouterModelList))]
[JsonSerializable(typeof(OpenAiModelList))]
[JsonSerializable(typeof(ModelInfo))]
[JsonSerializable(typeof(IReadOnlyList<ModelInfo>))]
[JsonSerializable(typeof(OpenAiErrorResponse))]
[JsonSerializable(typeof(UpstreamErrorResponse))]
internal sealed partial class RouterJsonContext : JsonSerializerContext;
