using System.Text.Json.Serialization;

namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>One day of the free catalog history.</summary>
internal sealed record CatalogHistorySnapshot(
    [property: JsonPropertyName("taken")] DateTimeOffset Taken,
    [property: JsonPropertyName("total_models")] int TotalModels,
    [property: JsonPropertyName("free_ids")] IReadOnlyList<string> FreeIds);
