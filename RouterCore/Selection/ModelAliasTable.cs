using System.Collections.Frozen;
using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// One policy's aliases, ready to match: exact names first, then patterns from the most specific down (longest literal prefix,
/// then most literal characters, then fewest '*', then by name so the order never depends on configuration order).
/// </summary>
internal sealed class ModelAliasTable
{
    private readonly FrozenDictionary<string, ModelAlias> _exact;
    private readonly ModelAlias[] _patterns;

    public ModelAliasTable(RoutingPolicy policy)
    {
        Policy = policy;
        var aliases = policy.EffectiveAliases();
        _exact = aliases.Where(alias => !alias.IsPattern).ToFrozenDictionary(alias => alias.Name, StringComparer.Ordinal);
        _patterns = [.. aliases.Where(alias => alias.IsPattern).Order(Comparer<ModelAlias>.Create(BySpecificity))];
    }

    /// <summary>The policy this table was built from.</summary>
    public RoutingPolicy Policy { get; }

    public ModelAlias? Find(string name)
    {
        if (_exact.TryGetValue(name, out var exact))
        {
            return exact;
        }

        foreach (var pattern in _patterns)
        {
            if (WildcardPattern.Matches(pattern.Name, name))
            {
                return pattern;
            }
        }

        return null;
    }

    private static int BySpecificity(ModelAlias? a, ModelAlias? b)
    {
        var order = Specificity(b!.Name).CompareTo(Specificity(a!.Name));
        return order != 0 ? order : string.CompareOrdinal(a.Name, b.Name);
    }

    private static (int LiteralPrefix, int Literals, int FewerWildcards) Specificity(string pattern)
    {
        var wildcards = pattern.Count(character => character == '*');
        return (pattern.IndexOf('*', StringComparison.Ordinal), pattern.Length - wildcards, -wildcards);
    }
}
