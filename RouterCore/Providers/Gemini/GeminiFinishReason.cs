using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>Maps Google's <c>finishReason</c> to OpenAI's; an answer that calls functions finishes with <c>tool_calls</c>.</summary>
internal static class GeminiFinishReason
{
    public static string ToOpenAi(string? finishReason, bool calledFunctions) => finishReason switch
    {
        _ when calledFunctions => FinishReasons.ToolCalls,
        "MAX_TOKENS" => FinishReasons.Length,
        "SAFETY" or "RECITATION" or "BLOCKLIST" or "PROHIBITED_CONTENT" or "SPII" or "IMAGE_SAFETY" => FinishReasons.ContentFilter,
        _ => FinishReasons.Stop,
    };
}
