namespace AspireRouter.RouterCore.State;

/// <summary>Field names of the <c>ar:policy</c> hash.</summary>
public static class PolicyFields
{
    public const string Strategy = "strategy";
    public const string AttemptBudget = "attemptBudget";
    public const string DeadlineSeconds = "deadlineSeconds";
    public const string MaxWaitForResetSeconds = "maxWaitForResetSeconds";
    public const string WeightPrefix = "weight:";

    /// <summary>Prefix of an alias set in the portal: <c>alias:{name}</c> → target (empty: a configured alias removed).</summary>
    public const string AliasPrefix = "alias:";
}
