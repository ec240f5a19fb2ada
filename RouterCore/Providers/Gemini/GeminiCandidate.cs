namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>One candidate answer: its content and, on its last chunk, why it finished.</summary>
internal sealed record GeminiCandidate
{
    public GeminiContent? Content { get; init; }

    public string? FinishReason { get; init; }
}
