namespace AspireRouter.RouterCore.Context;

/// <summary>What middle-out keeps of a conversation: the messages' positions in order, and what it removed.</summary>
public sealed record MiddleOutPlan(IReadOnlyList<int> Kept, int RemovedMessages, int RemovedTokens, int PromptTokens);
