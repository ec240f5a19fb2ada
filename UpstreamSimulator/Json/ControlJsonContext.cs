using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Control;

namespace AspireRouter.UpstreamSimulator.Json;

/// <summary>Source-generated serialization of the control API and of options handed to the in-process host (camelCase).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SimulatorOptions))]
[JsonSerializable(typeof(FaultRule))]
[JsonSerializable(typeof(LatencyRule))]
[JsonSerializable(typeof(OpenRouterQuotaOptions))]
[JsonSerializable(typeof(GenericModelOptions))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(RequestLogView))]
[JsonSerializable(typeof(IReadOnlyList<ScriptedFault>))]
[JsonSerializable(typeof(HistoryState))]
[JsonSerializable(typeof(ControlProblem))]
[JsonSerializable(typeof(FaultCreated))]
internal sealed partial class ControlJsonContext : JsonSerializerContext;
