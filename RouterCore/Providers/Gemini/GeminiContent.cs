namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>A <c>Content</c> of the answer (role <c>model</c>): its parts.</summary>
internal sealed record GeminiContent
{
    public IReadOnlyList<GeminiPart>? Parts { get; init; }
}
