using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Selection;

/// <summary>Checks a routing policy: a sane attempt budget and deadline, finite non-negative weights, aliases with valid names and targets.</summary>
internal sealed class RoutingPolicyValidator : IValidateOptions<RoutingPolicy>
{
    public const int MaxAttemptBudget = 32;

    public ValidateOptionsResult Validate(string? name, RoutingPolicy options)
    {
        var failures = new List<string>();
        if (options.AttemptBudget is < 1 or > MaxAttemptBudget)
        {
            failures.Add($"Routing:AttemptBudget must be between 1 and {MaxAttemptBudget}.");
        }

        if (options.Deadline <= TimeSpan.Zero)
        {
            failures.Add("Routing:Deadline must be positive.");
        }

        if (options.MaxWaitForReset < TimeSpan.Zero)
        {
            failures.Add("Routing:MaxWaitForReset must not be negative.");
        }

        foreach (var entry in options.Weights)
        {
            if (string.IsNullOrWhiteSpace(entry.Model) || !double.IsFinite(entry.Weight) || entry.Weight < 0)
            {
                failures.Add($"Routing:Weights: '{entry.Model}' needs a model id and a finite weight of at least 0.");
            }
        }

        foreach (var alias in options.Aliases)
        {
            var problem = ModelAliasRules.NameProblem(alias.Name) ?? (alias.Target.Length == 0 ? null : ModelAliasRules.TargetProblem(alias.Target));
            if (problem is not null)
            {
                failures.Add($"Routing:Aliases: '{alias.Name}' -> '{alias.Target}': {problem}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
