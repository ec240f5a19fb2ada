namespace AspireRouter.RouterCore.Selection;

/// <summary>What makes an alias valid: a printable name that is not a pool name, and a target the router can route to.</summary>
internal static class ModelAliasRules
{
    public const int MaxNameLength = 200;

    /// <summary>More wildcards than this make matching a long name costly, and no client name needs them.</summary>
    public const int MaxWildcards = 3;

    /// <returns>Why <paramref name="name"/> cannot be an alias name, or null when it can.</returns>
    public static string? NameProblem(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || !IsPrintable(name))
        {
            return $"An alias name is 1 to {MaxNameLength} printable ASCII characters without spaces.";
        }

        if (name.Count(character => character == '*') > MaxWildcards)
        {
            return $"An alias name has at most {MaxWildcards} '*'.";
        }

        return VirtualModels.TryGetAdditions(name, out _) ? $"'{name}' names the pool itself and cannot be an alias." : null;
    }

    /// <returns>Why <paramref name="target"/> cannot be an alias target, or null when it can (a virtual model, or a model id for the catalog to confirm).</returns>
    public static string? TargetProblem(string? target)
    {
        if (VirtualModels.TryGetAdditions(target, out _))
        {
            return null;
        }

        if (string.IsNullOrEmpty(target) || target.Length > MaxNameLength || !IsPrintable(target) || target.Contains('*', StringComparison.Ordinal))
        {
            return "An alias target is 'free', a virtual model such as 'free:tools', or a model id (printable, without '*').";
        }

        return target.StartsWith(VirtualModels.Free + ":", StringComparison.Ordinal)
            ? $"'{target}' is not a virtual model; use one of: {string.Join(", ", VirtualModels.Names.Order(StringComparer.Ordinal))}."
            : null;
    }

    private static bool IsPrintable(string value)
    {
        foreach (var character in value)
        {
            if (character is <= ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
