using System.Text.Json;

namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>A function tool offered by the request: its name and the JSON schema of its arguments.</summary>
internal sealed record FunctionTool(string Name, JsonElement? Parameters);
