using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.State;

/// <summary>Source-generated JSON for the values stored in Redis by the state layer (camelCase, as the hash fields).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AuditEntry))]
[JsonSerializable(typeof(RoutingDecision))]
[JsonSerializable(typeof(ClientKeyRecord))]
[JsonSerializable(typeof(Availability.GoneStatus))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
