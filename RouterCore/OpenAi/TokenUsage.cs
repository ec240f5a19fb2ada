namespace AspireRouter.RouterCore.OpenAi;

/// <summary>The tokens an answer's <c>usage</c> reports.</summary>
public readonly record struct TokenUsage(int PromptTokens, int CompletionTokens);
