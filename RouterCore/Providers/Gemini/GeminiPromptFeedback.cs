namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary><c>promptFeedback</c>: a <c>blockReason</c> when the prompt itself was blocked and no candidate came.</summary>
internal sealed record GeminiPromptFeedback
{
    public string? BlockReason { get; init; }
}
