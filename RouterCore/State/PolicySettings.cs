namespace AspireRouter.RouterCore.State;

/// <summary>The routing settings an operator changes as a whole: strategy, attempt budget, deadline, wait-for-reset bound.</summary>
public sealed record PolicySettings(string Strategy, int AttemptBudget, TimeSpan Deadline, TimeSpan MaxWaitForReset);
