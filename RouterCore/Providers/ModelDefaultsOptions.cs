using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Providers;

/// <summary>What a provider's model list does not say about its models (<c>Providers:{name}:ModelDefaults</c>), e.g. that they take tools.</summary>
public sealed record ModelDefaultsOptions
{
    /// <summary>Used when the list gives no context window; 0 means unknown.</summary>
    public int ContextLength { get; init; }

    /// <summary>Empty means text.</summary>
    public IReadOnlyList<string> InputModalities { get; init; } = [];

    /// <summary>OpenAI parameter names the listed models support, e.g. <c>tools</c>, <c>response_format</c>.</summary>
    public IReadOnlyList<string> SupportedParameters { get; init; } = [];
}
