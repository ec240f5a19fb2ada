using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>Maps Cohere's <c>finish_reason</c> to OpenAI's; <c>ERROR</c> and <c>TIMEOUT</c> are failures, not answers.</summary>
internal static class CohereFinishReason
{
    public static bool IsFailure(string? finishReason) => finishReason is "ERROR" or "TIMEOUT";

    public static string ToOpenAi(string? finishReason) => finishReason switch
    {
        "MAX_TOKENS" => FinishReasons.Length,
        "TOOL_CALL" => FinishReasons.ToolCalls,
        _ => FinishReasons.Stop,
    };

    public static TokenUsage? UsageOf(CohereUsage? usage) =>
        (usage?.Tokens ?? usage?.BilledUnits) is { } tokens ? new TokenUsage((int)(tokens.InputTokens ?? 0), (int)(tokens.OutputTokens ?? 0)) : null;
}
