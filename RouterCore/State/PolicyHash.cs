using System.Globalization;
using AspireRouter.RouterCore.Selection;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>Turns the <c>ar:policy</c> hash and <c>ar:blocked</c> set into a <see cref="RoutingPolicy"/> over configured defaults, and back.</summary>
internal static class PolicyHash
{
    /// <summary>
    /// Stored values win over <paramref name="defaults"/>; blocked models are the union of both; stored aliases come after the
    /// configured ones (so they win, and an empty one removes); unreadable fields are ignored.
    /// </summary>
    public static RoutingPolicy Merge(RoutingPolicy defaults, HashEntry[] fields, RedisValue[] blocked)
    {
        var weights = defaults.WeightsById();
        var policy = defaults;
        List<ModelAlias>? aliases = null;
        foreach (var field in fields)
        {
            var name = (string)field.Name!;
            if (name.StartsWith(PolicyFields.WeightPrefix, StringComparison.Ordinal))
            {
                if (TryParseDouble(field.Value, out var weight))
                {
                    weights[name[PolicyFields.WeightPrefix.Length..]] = weight;
                }

                continue;
            }

            if (name.StartsWith(PolicyFields.AliasPrefix, StringComparison.Ordinal))
            {
                if (ReadAlias(name, field.Value) is { } alias)
                {
                    aliases ??= [.. defaults.Aliases];
                    aliases.Add(alias);
                }

                continue;
            }

            policy = name switch
            {
                PolicyFields.Strategy when !field.Value.IsNullOrEmpty => policy with { Strategy = field.Value! },
                PolicyFields.AttemptBudget when field.Value.TryParse(out int budget) => policy with { AttemptBudget = budget },
                PolicyFields.DeadlineSeconds when TryParseDouble(field.Value, out var seconds) => policy with { Deadline = TimeSpan.FromSeconds(seconds) },
                PolicyFields.MaxWaitForResetSeconds when TryParseDouble(field.Value, out var seconds) => policy with { MaxWaitForReset = TimeSpan.FromSeconds(seconds) },
                _ => policy,
            };
        }

        var blockedIds = new HashSet<string>(defaults.Blocked, StringComparer.Ordinal);
        foreach (var id in blocked)
        {
            blockedIds.Add(id!);
        }

        return policy with
        {
            Weights = [.. weights.Select(pair => new ModelWeight { Model = pair.Key, Weight = pair.Value })],
            Blocked = blockedIds,
            Aliases = aliases ?? defaults.Aliases,
        };
    }

    public static HashEntry[] Entries(PolicySettings settings) =>
    [
        new(PolicyFields.Strategy, settings.Strategy),
        new(PolicyFields.AttemptBudget, settings.AttemptBudget),
        new(PolicyFields.DeadlineSeconds, Format(settings.Deadline.TotalSeconds)),
        new(PolicyFields.MaxWaitForResetSeconds, Format(settings.MaxWaitForReset.TotalSeconds)),
    ];

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static ModelAlias? ReadAlias(string field, RedisValue value)
    {
        var alias = new ModelAlias { Name = field[PolicyFields.AliasPrefix.Length..], Target = (string?)value ?? "" };
        var valid = ModelAliasRules.NameProblem(alias.Name) is null && (alias.Target.Length == 0 || ModelAliasRules.TargetProblem(alias.Target) is null);
        return valid ? alias : null;
    }

    private static bool TryParseDouble(RedisValue value, out double result) =>
        double.TryParse((string?)value, NumberStyles.Float, CultureInfo.InvariantCulture, out result) && double.IsFinite(result);
}
