namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>Checks one fault rule, for configuration and for the control API alike.</summary>
internal static class FaultRuleValidator
{
    public static string? Problem(FaultRule rule)
    {
        if (!FaultKinds.All.Contains(rule.Kind))
        {
            return $"Fault kind '{rule.Kind}' is unknown; use one of: {string.Join(", ", FaultKinds.All)}.";
        }

        if (rule.Probability is < 0 or > 1 or double.NaN)
        {
            return $"Fault probability must be between 0 and 1, not {rule.Probability}.";
        }

        if (rule.Count is < 1)
        {
            return "Fault count must be at least 1 when given.";
        }

        return rule.RetryAfterSeconds is < 0 ? "RetryAfterSeconds must not be negative." : null;
    }
}
