namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>Google's error body: <c>{"error":{"code","message","status","details"}}</c>.</summary>
internal sealed record GeminiErrorResponse
{
    public GeminiError? Error { get; init; }
}
