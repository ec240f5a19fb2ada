namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Top-level request fields one provider wants left out or sent under another name.</summary>
public sealed record FieldRules(IReadOnlySet<string> Drop, IReadOnlyDictionary<string, string> Rename);
