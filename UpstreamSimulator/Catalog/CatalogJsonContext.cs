using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>Serialization of catalog fixtures, which the simulator keeps as JSON nodes to serve their exact shape.</summary>
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(CatalogHistoryFile))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
