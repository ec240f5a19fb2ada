using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>Maps Anthropic's <c>stop_reason</c> to OpenAI's <c>finish_reason</c>.</summary>
internal static class AnthropicStopReason
{
    public static string ToOpenAi(string? stopReason) => stopReason switch
    {
        "max_tokens" or "model_context_window_exceeded" => FinishReasons.Length,
        "tool_use" => FinishReasons.ToolCalls,
        "refusal" => FinishReasons.ContentFilter,
        _ => FinishReasons.Stop,
    };
}
