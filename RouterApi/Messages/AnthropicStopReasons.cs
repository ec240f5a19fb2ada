namespace AspireRouter.RouterApi.Messages;

/// <summary>OpenAI's <c>finish_reason</c> as Anthropic's <c>stop_reason</c>.</summary>
internal static class AnthropicStopReasons
{
    /// <param name="nativeReason">The provider's own reason, when the pool's answer passes it on.</param>
    /// <param name="calledTools">The answer holds tool calls (some providers finish those with <c>stop</c>).</param>
    public static string For(string? finishReason, string? nativeReason, bool calledTools) => finishReason switch
    {
        "length" => "max_tokens",
        "tool_calls" or "function_call" => "tool_use",
        "content_filter" => "refusal",
        _ when calledTools => "tool_use",
        _ when nativeReason is "stop_sequence" => "stop_sequence",
        _ => "end_turn",
    };
}
