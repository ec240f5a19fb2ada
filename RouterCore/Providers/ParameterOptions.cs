namespace AspireRouter.RouterCore.Providers;

/// <summary>
/// How one provider differs from its wire format in OpenAI request parameters (<c>Providers:{name}:Parameters</c>):
/// settings, not code, for providers that speak OpenAI's API with small differences.
/// </summary>
public sealed record ParameterOptions
{
    /// <summary>Parameters dropped before sending, with a warning (e.g. Cerebras: <c>logit_bias</c>).</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Parameters this provider refuses: a request that sets one goes to another model instead.</summary>
    public IReadOnlyList<string> Reject { get; init; } = [];

    /// <summary>Parameters sent under another name (e.g. Mistral: <c>seed</c> as <c>random_seed</c>).</summary>
    public IReadOnlyDictionary<string, string> Rename { get; init; } = new Dictionary<string, string>();

    public bool IsEmpty => Ignore.Count == 0 && Reject.Count == 0 && Rename.Count == 0;
}
