namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>A <c>Content</c> of the answer: the role (<c>model</c>) and its parts.</summary>
internal sealed record GeminiContent
{
    public string? Role { get; init; }

    public IReadOnlyList<GeminiPart>? Parts { get; init; }
}
