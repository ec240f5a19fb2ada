namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>OpenAI's <c>usage</c>: prompt and completion tokens (the total is their sum).</summary>
internal readonly record struct TokenUsage(int PromptTokens, int CompletionTokens)
{
    public int TotalTokens => PromptTokens + CompletionTokens;
}
