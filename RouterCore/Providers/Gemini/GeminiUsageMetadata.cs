namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary><c>usageMetadata</c>; a thinking model's thought tokens count as completion tokens, as OpenAI counts reasoning.</summary>
internal sealed record GeminiUsageMetadata
{
    public int PromptTokenCount { get; init; }

    public int CandidatesTokenCount { get; init; }

    public int ThoughtsTokenCount { get; init; }
}
