namespace AspireRouter.UpstreamSimulator.Chat.Wire;

/// <summary>The function a tool call names, with its arguments as a JSON text.</summary>
internal sealed record WireFunctionCall(string Name, string Arguments);
