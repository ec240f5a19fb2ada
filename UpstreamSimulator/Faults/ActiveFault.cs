using AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.UpstreamSimulator.Faults;

/// <summary>A fault rule in force, with its id and how many more requests it may hit.</summary>
internal sealed class ActiveFault(string id, FaultRule rule)
{
    public string Id { get; } = id;

    public FaultRule Rule { get; } = rule;

    public int? Remaining { get; set; } = rule.Count;

    public bool Matches(string provider, string model, string? apiKey) =>
        (Rule.Provider == "*" || string.Equals(Rule.Provider, provider, StringComparison.OrdinalIgnoreCase))
        && (Rule.Model == "*" || Rule.Model == model)
        && (string.IsNullOrEmpty(Rule.ApiKey) || string.Equals(Rule.ApiKey, apiKey, StringComparison.Ordinal));
}
