namespace AspireRouter.UpstreamSimulator.Chat.Wire;

/// <summary>Token counts of a completion.</summary>
internal sealed record WireUsage(int PromptTokens, int CompletionTokens, int TotalTokens);
