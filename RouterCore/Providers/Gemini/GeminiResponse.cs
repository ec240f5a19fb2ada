namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>Google's <c>GenerateContentResponse</c>: the whole answer, or one event of <c>streamGenerateContent?alt=sse</c>.</summary>
internal sealed record GeminiResponse
{
    public IReadOnlyList<GeminiCandidate>? Candidates { get; init; }

    public GeminiPromptFeedback? PromptFeedback { get; init; }

    public GeminiUsageMetadata? UsageMetadata { get; init; }

    public string? ResponseId { get; init; }

    /// <summary>Set only when a stream event is an error instead of a response.</summary>
    public GeminiError? Error { get; init; }
}
