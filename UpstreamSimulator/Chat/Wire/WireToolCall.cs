namespace AspireRouter.UpstreamSimulator.Chat.Wire;

/// <summary>A function call in a message or a delta.</summary>
internal sealed record WireToolCall(int Index, string Id, string Type, WireFunctionCall Function);
