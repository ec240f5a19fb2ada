namespace AspireRouter.RouterCore.Providers;

/// <summary>The rule for "free" on one provider (<c>Providers:{name}:Free</c>); models from <c>Models</c> are always kept.</summary>
public sealed record FreeRuleOptions
{
    /// <summary>Null takes the catalog's default: <see cref="FreeRule.Pricing"/> for OpenRouter catalogs, <see cref="FreeRule.All"/> otherwise.</summary>
    public FreeRule? Rule { get; init; }

    /// <summary>Upstream ids for <see cref="FreeRule.AllowList"/>; <c>*</c> matches any run of characters (<c>openai/gpt-oss-*</c>).</summary>
    public IReadOnlyList<string> Models { get; init; } = [];
}
