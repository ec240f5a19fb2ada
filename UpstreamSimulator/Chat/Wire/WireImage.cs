namespace AspireRouter.UpstreamSimulator.Chat.Wire;

/// <summary>A generated image in OpenRouter's <c>message.images[]</c>.</summary>
internal sealed record WireImage(string Type, WireImageUrl ImageUrl, int Index);
