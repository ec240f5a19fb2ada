namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>A part of the answer: text (a thought summary when <see cref="Thought"/>), or a function call.</summary>
internal sealed record GeminiPart
{
    public string? Text { get; init; }

    public bool? Thought { get; init; }

    public GeminiFunctionCall? FunctionCall { get; init; }
}
