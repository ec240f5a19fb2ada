using AspireRouter.UpstreamSimulator.Chat.Wire;

namespace AspireRouter.UpstreamSimulator.OpenRouter.Wire;

/// <summary>OpenRouter's non-streamed chat completion: OpenAI's shape plus <c>provider</c>.</summary>
internal sealed record OpenRouterCompletion(
    string Id,
    string Provider,
    string Model,
    string Object,
    long Created,
    IReadOnlyList<OpenRouterChoice> Choices,
    WireUsage Usage);
