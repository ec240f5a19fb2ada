namespace AspireRouter.UpstreamSimulator.Chat.Wire;

/// <summary>An image location; the simulator always sends a <c>data:</c> URL.</summary>
internal sealed record WireImageUrl(string Url);
