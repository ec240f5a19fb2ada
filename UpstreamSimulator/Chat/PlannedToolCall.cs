namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>The function call a reply makes; <see cref="Arguments"/> is a JSON text.</summary>
internal sealed record PlannedToolCall(string Id, string Name, string Arguments);
