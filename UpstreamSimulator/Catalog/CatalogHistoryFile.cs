using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>The shape of <c>free-catalog-history.json</c>: daily snapshots of the free ids, and the entries they name.</summary>
internal sealed record CatalogHistoryFile(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("snapshots")] IReadOnlyList<CatalogHistorySnapshot> Snapshots,
    [property: JsonPropertyName("models")] Dictionary<string, JsonObject> Models);
