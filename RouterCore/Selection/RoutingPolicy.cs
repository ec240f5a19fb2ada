namespace AspireRouter.RouterCore.Selection;

/// <summary>The operator's routing rules (the <c>Routing</c> section, later <c>ar:policy</c>); replaced as a whole.</summary>
public sealed record RoutingPolicy
{
    public const string SectionName = "Routing";

    public const double DefaultWeight = 1;

    /// <summary>Operator weights; models not listed weigh <see cref="DefaultWeight"/>, 0 keeps a model out of sampling.</summary>
    public IReadOnlyList<ModelWeight> Weights { get; init; } = [];

    /// <summary>Model ids never routed to, not even when a client names them.</summary>
    public IReadOnlySet<string> Blocked { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public string Strategy { get; init; } = WeightedRandomSelector.StrategyName;

    /// <summary>The most upstream attempts one request may make.</summary>
    public int AttemptBudget { get; init; } = 4;

    /// <summary>The longest one request may spend across all attempts.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When every candidate is cooling, wait for the earliest reset if it is at most this far away.</summary>
    public TimeSpan MaxWaitForReset { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait up to <see cref="MaxWaitForReset"/> for every request; otherwise only for those that send <c>x-router-max-wait</c>.</summary>
    public bool WaitForResetByDefault { get; init; }

    /// <summary>Shorten conversations too long for every model (middle-out) unless the request sends <c>"transforms": []</c>.</summary>
    public bool MiddleOutByDefault { get; init; }

    /// <summary>Names clients send, mapped to pool names; they add to and override <see cref="ModelAliasDefaults"/> (see <see cref="EffectiveAliases"/>).</summary>
    public IReadOnlyList<ModelAlias> Aliases { get; init; } = [];

    /// <summary>False leaves the shipped <see cref="ModelAliasDefaults"/> out.</summary>
    public bool DefaultAliases { get; init; } = true;

    public bool IsBlocked(string modelId) => Blocked.Contains(modelId);

    /// <summary>Weight by model id (the last entry wins for a repeated id), for building lookups once per policy.</summary>
    public Dictionary<string, double> WeightsById()
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in Weights)
        {
            weights[entry.Model] = entry.Weight;
        }

        return weights;
    }

    /// <summary>
    /// The aliases in force, by name: the shipped ones (unless <see cref="DefaultAliases"/> is false), then <see cref="Aliases"/> in order,
    /// where a later entry for a name replaces an earlier one and an empty target removes it.
    /// </summary>
    public IReadOnlyList<ModelAlias> EffectiveAliases()
    {
        var byName = new Dictionary<string, ModelAlias>(StringComparer.Ordinal);
        foreach (var alias in DefaultAliases ? ModelAliasDefaults.All.Concat(Aliases) : Aliases)
        {
            if (string.IsNullOrEmpty(alias.Target))
            {
                byName.Remove(alias.Name);
            }
            else
            {
                byName[alias.Name] = alias;
            }
        }

        return [.. byName.Values.OrderBy(alias => alias.Name, StringComparer.Ordinal)];
    }
}
